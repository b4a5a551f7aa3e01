using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>CloudWatch alarm state changes: EventBridge (camelCase detail) and SNS (PascalCase message).</summary>
public static class AlarmEvents
{
    public const string Source = "aws.cloudwatch";

    public static AlarmStateChanged FromEventBridge(EventNode detail, Envelope envelope)
    {
        var state = detail.RequiredObject("state");
        return new AlarmStateChanged(
            envelope.Origin,
            detail.RequiredString("alarmName"),
            envelope.Resources.FirstOrDefault(arn => arn.Contains(":alarm:", StringComparison.Ordinal)),
            StateValue(state, "value"),
            detail.Optional("previousState") is { } previous ? StateValue(previous.AsObject(), "value") : null,
            state.OptionalString("reason"),
            state.OptionalTimestamp("timestamp"));
    }

    /// <summary>The SNS Region is a display name ("US East (N. Virginia)"), so the region comes from AlarmArn.</summary>
    public static AlarmStateChanged FromSnsMessage(EventNode message, EventOrigin deliveryOrigin)
    {
        var alarmArn = message.OptionalString("AlarmArn");
        var origin = deliveryOrigin with
        {
            Source = Source,
            Time = message.OptionalTimestamp("StateChangeTime") ?? deliveryOrigin.Time,
            Region = Arns.Region(alarmArn) ?? deliveryOrigin.Region,
            Account = message.OptionalString("AWSAccountId") ?? Arns.Account(alarmArn) ?? deliveryOrigin.Account,
        };
        return new AlarmStateChanged(
            origin,
            message.RequiredString("AlarmName"),
            alarmArn,
            StateValue(message, "NewStateValue"),
            message.Has("OldStateValue") ? StateValue(message, "OldStateValue") : null,
            message.OptionalString("NewStateReason"),
            message.OptionalTimestamp("StateChangeTime"));
    }

    private static string StateValue(EventNode node, string name) => node.RequiredString(name) switch
    {
        var value when value is "OK" or "ALARM" or "INSUFFICIENT_DATA" => value,
        var other => throw EventNode.Fail(node.Child(name), $"expected OK, ALARM or INSUFFICIENT_DATA, got \"{other}\""),
    };
}

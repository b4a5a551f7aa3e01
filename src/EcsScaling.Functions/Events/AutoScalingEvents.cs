using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Events;

/// <summary>EC2 Auto Scaling lifecycle actions and test notifications; EventBridge detail and SNS message share the PascalCase fields.</summary>
public static class AutoScalingEvents
{
    public const string Source = "aws.autoscaling";
    public const string TerminateDetailType = "EC2 Instance-terminate Lifecycle Action";
    public const string LaunchDetailType = "EC2 Instance-launch Lifecycle Action";
    public const string TestNotification = "autoscaling:TEST_NOTIFICATION";

    public static ScalingEvent LifecycleAction(EventNode detail, Envelope envelope)
    {
        var action = LifecycleAction(detail, envelope.Origin);
        var expected = envelope.DetailType == LaunchDetailType ? LifecycleTransition.Launching : LifecycleTransition.Terminating;
        if (action.Transition != expected)
        {
            throw EventNode.Fail(detail.Child("LifecycleTransition"),
                $"{action.Transition} does not match detail-type \"{envelope.DetailType}\"");
        }

        return action;
    }

    public static LifecycleActionEvent LifecycleAction(EventNode message, EventOrigin origin) => new(
        origin,
        Transition(message),
        new LifecycleActionRef(
            message.RequiredString("AutoScalingGroupName"),
            message.RequiredString("LifecycleHookName"),
            InstanceIds.Required(message, "EC2InstanceId"),
            message.OptionalString("LifecycleActionToken")),
        Metadata(message),
        message.OptionalString("Origin"),
        message.OptionalString("Destination"));

    /// <summary>An SNS autoscaling message: a lifecycle action, or the TEST_NOTIFICATION sent when a hook's topic is configured.</summary>
    public static ScalingEvent FromSnsMessage(EventNode message, EventOrigin origin)
    {
        var kind = message.OptionalString("Event");
        if (kind == TestNotification)
        {
            return new AutoScalingTestNotification(origin, message.OptionalString("AutoScalingGroupName"));
        }

        if (kind is not null && !message.Has("LifecycleTransition"))
        {
            throw EventNode.Fail(message.Child("Event"),
                $"unsupported Auto Scaling notification \"{kind}\"; only lifecycle actions and {TestNotification} are handled");
        }

        return LifecycleAction(message, origin);
    }

    private static LifecycleTransition Transition(EventNode message)
    {
        var text = message.RequiredString("LifecycleTransition");
        return LifecycleTransitionText.Wire.TryParse(text, out var transition)
            ? transition
            : throw EventNode.Fail(message.Child("LifecycleTransition"), $"expected {LifecycleTransitionText.Wire.Expected}, got \"{text}\"");
    }

    /// <summary>NotificationMetadata is free text, but people put JSON objects in it; keep them as their JSON text.</summary>
    private static string? Metadata(EventNode message) =>
        message.Optional("NotificationMetadata") is { IsObject: true } node ? node.Element.GetRawText() : message.OptionalString("NotificationMetadata");
}

using System.Text.Json;
using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>
/// {"Records":[{"EventSource":"aws:sns","Sns":{"Message":"&lt;json&gt;",…}}]}: each record carries one
/// message, which is an Auto Scaling notification, a CloudWatch alarm, or an EventBridge event
/// forwarded to SNS.
/// </summary>
public static class SnsDelivery
{
    public static IReadOnlyList<ScalingEvent> Parse(EventNode root)
    {
        var records = root.Required("Records");
        if (records.Element.ValueKind != JsonValueKind.Array || records.Element.GetArrayLength() == 0)
        {
            throw EventNode.Fail(records.Path, "expected a non-empty array of SNS records");
        }

        return records.Element.EnumerateArray()
            .Select((record, index) => Record(new EventNode(record, $"{records.Path}[{index}]")))
            .ToArray();
    }

    private static ScalingEvent Record(EventNode record)
    {
        record = record.AsObject();
        var eventSource = record.RequiredString("EventSource");
        if (eventSource != "aws:sns")
        {
            throw EventNode.Fail(record.Child("EventSource"), $"expected aws:sns, got \"{eventSource}\"");
        }

        var sns = record.RequiredObject("Sns");
        var topicArn = sns.OptionalString("TopicArn");
        var origin = new EventOrigin(
            EventTransport.Sns,
            "aws.sns",
            sns.OptionalString("MessageId"),
            sns.OptionalTimestamp("Timestamp"),
            Arns.Region(topicArn),
            Arns.Account(topicArn));
        return Message(sns.RequiredObject("Message"), origin);
    }

    /// <summary>
    /// One message as SNS (or an SQS queue) carries it: an EventBridge event forwarded by a rule, a
    /// CloudWatch alarm notification or an Auto Scaling notification; the delivery's transport is kept.
    /// </summary>
    public static ScalingEvent Message(EventNode message, EventOrigin delivery)
    {
        if (message.Has("detail-type"))
        {
            return EventBridgeEnvelope.Parse(message, delivery.Transport);
        }

        if (message.Has("AlarmName"))
        {
            return AlarmEvents.FromSnsMessage(message, delivery);
        }

        if (message.Has("LifecycleTransition") || message.Has("Event"))
        {
            var origin = delivery with
            {
                Source = AutoScalingEvents.Source,
                Id = message.OptionalString("RequestId") ?? delivery.Id,
                Time = message.OptionalTimestamp("Time") ?? delivery.Time,
                Account = message.OptionalString("AccountId") ?? delivery.Account,
            };
            return AutoScalingEvents.FromSnsMessage(message, origin);
        }

        throw EventNode.Fail(message.Path,
            "not a message we know; expected an Auto Scaling notification (LifecycleTransition or Event), a CloudWatch alarm (AlarmName) or an EventBridge event (detail-type)");
    }
}

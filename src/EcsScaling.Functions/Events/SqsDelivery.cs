using System.Text.Json;
using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>
/// A Lambda SQS event-source batch, {"Records":[{"messageId","body","eventSource":"aws:sqs","eventSourceARN",…}]}.
/// A body is what was sent to the queue: an EventBridge event (a rule's SQS target), an SNS
/// notification (a topic's SQS subscription without raw delivery) or an Auto Scaling notification
/// (a lifecycle hook whose NotificationTargetARN is the queue). A body we cannot use refuses its
/// message only; the batch itself must name every message, or no answer could report it.
/// </summary>
public static class SqsDelivery
{
    public const string EventSource = "aws:sqs";

    /// <summary>Lambda's SQS records spell eventSource in camelCase, SNS's EventSource in PascalCase.</summary>
    public static bool Recognises(EventNode root) =>
        root.Optional("Records") is { Element.ValueKind: JsonValueKind.Array } records
        && records.Element.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
        && new EventNode(first, "").OptionalString("eventSource") == EventSource;

    public static QueueBatch Parse(EventNode root)
    {
        var records = root.Required("Records");
        QueuedMessage[] messages = [.. records.Element.EnumerateArray().Select((record, index) => Record(new EventNode(record, $"{records.Path}[{index}]")))];
        var queueArn = new EventNode(records.Element[0], "").OptionalString("eventSourceARN");
        return new QueueBatch(new EventOrigin(EventTransport.Sqs, EventSource, null, null, Arns.Region(queueArn), Arns.Account(queueArn)), messages);
    }

    private static QueuedMessage Record(EventNode record)
    {
        record = record.AsObject();
        var messageId = record.RequiredString("messageId");
        var eventSource = record.RequiredString("eventSource");
        if (eventSource != EventSource)
        {
            throw EventNode.Fail(record.Child("eventSource"), $"expected {EventSource} in every record of the batch, got \"{eventSource}\"");
        }

        var queueArn = record.OptionalString("eventSourceARN");
        var sent = record.Optional("attributes")?.OptionalString("SentTimestamp") is { } millis && long.TryParse(millis, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : (DateTimeOffset?)null;
        var origin = new EventOrigin(EventTransport.Sqs, EventSource, messageId, sent, record.OptionalString("awsRegion") ?? Arns.Region(queueArn), Arns.Account(queueArn));
        try
        {
            return QueuedMessage.Of(messageId, Body(record.RequiredObject("body"), origin));
        }
        catch (EventParseException refused)
        {
            return QueuedMessage.Refused(messageId, refused.Message);
        }
    }

    private static ScalingEvent Body(EventNode body, EventOrigin origin)
    {
        if (body.OptionalString("Type") is { } type)
        {
            // An SNS notification as SNS delivers it to an SQS subscription (raw message delivery off).
            if (type != "Notification")
            {
                throw EventNode.Fail(body.Child("Type"), $"SNS \"{type}\" messages carry no event; only \"Notification\" is handled");
            }

            var topicArn = body.OptionalString("TopicArn");
            var delivery = origin with { Id = body.OptionalString("MessageId") ?? origin.Id, Time = body.OptionalTimestamp("Timestamp") ?? origin.Time, Account = Arns.Account(topicArn) ?? origin.Account };
            return SnsDelivery.Message(body.RequiredObject("Message"), delivery);
        }

        return SnsDelivery.Message(body, origin);
    }
}

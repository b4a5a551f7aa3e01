namespace EcsScaling.Core.Events;

/// <summary>
/// One SQS message of a Lambda event-source batch: its body normalised into the event it carries,
/// or the reason it can never be acted on (malformed, or not an event we know).
/// </summary>
public sealed record QueuedMessage(string MessageId, ScalingEvent? Event, string? Refusal)
{
    public static QueuedMessage Of(string messageId, ScalingEvent scalingEvent) => new(messageId, scalingEvent, null);

    public static QueuedMessage Refused(string messageId, string refusal) => new(messageId, null, refusal);
}

/// <summary>
/// A Lambda SQS event-source batch (Records[].eventSource "aws:sqs"): worked together, answered per
/// message. SQS delivers at least once, so a batch may repeat a message of another batch.
/// </summary>
public sealed record QueueBatch(EventOrigin Origin, IReadOnlyList<QueuedMessage> Messages) : ScalingEvent(Origin);

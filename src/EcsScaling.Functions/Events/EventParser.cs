using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>
/// Raw Lambda payload → normalised events. One payload can hold several events (an SNS delivery
/// with several records); an SQS batch is one QueueBatch holding each message's event. Throws EventParseException naming the field when anything is unusable.
/// </summary>
public sealed class EventParser(params IPayloadShape[] extraShapes)
{
    public IReadOnlyList<ScalingEvent> Parse(ReadOnlyMemory<byte> payload)
    {
        using var document = EmbeddedJson.ParseDocument(payload, "");
        var root = new EventNode(document.RootElement, "");
        if (!root.IsObject)
        {
            throw EventNode.Fail("", "expected a JSON object");
        }

        if (SqsDelivery.Recognises(root))
        {
            return [SqsDelivery.Parse(root)];
        }

        if (root.Has("Records"))
        {
            return SnsDelivery.Parse(root);
        }

        if (root.Has("detail-type"))
        {
            return [EventBridgeEnvelope.Parse(root, EventTransport.EventBridge)];
        }

        foreach (var shape in extraShapes)
        {
            if (shape.Recognises(root))
            {
                return shape.Parse(root);
            }
        }

        var known = string.Join(", ", ["an EventBridge event (detail-type, source, detail)", "an SNS delivery (Records)", "an SQS batch (Records with eventSource aws:sqs)", .. extraShapes.Select(s => s.Description)]);
        throw EventNode.Fail("", $"not an event we know; expected {known}");
    }
}

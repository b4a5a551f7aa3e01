using System.Text.Json;
using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>What a detail parser may need from the envelope besides the detail (e.g. resources[0] is the service or alarm ARN).</summary>
public sealed record Envelope(EventOrigin Origin, string DetailType, IReadOnlyList<string> Resources);

/// <summary>EventBridge envelope: version, id, detail-type, source, account, time, region, resources[], detail. Routed on source + detail-type.</summary>
public static class EventBridgeEnvelope
{
    private delegate ScalingEvent DetailParser(EventNode detail, Envelope envelope);

    private static readonly Dictionary<(string Source, string DetailType), DetailParser> Routes = new()
    {
        [("aws.autoscaling", AutoScalingEvents.TerminateDetailType)] = AutoScalingEvents.LifecycleAction,
        [("aws.autoscaling", AutoScalingEvents.LaunchDetailType)] = AutoScalingEvents.LifecycleAction,
        [("aws.ecs", "ECS Container Instance State Change")] = (detail, envelope) => EcsEvents.ContainerInstanceStateChange(detail, envelope.Origin),
        [("aws.ecs", "ECS Task State Change")] = (detail, envelope) => EcsEvents.TaskStateChange(detail, envelope.Origin),
        [("aws.ecs", "ECS Service Action")] = EcsEvents.ServiceAction,
        [("aws.cloudwatch", "CloudWatch Alarm State Change")] = AlarmEvents.FromEventBridge,
        [("aws.ec2", "EC2 Spot Instance Interruption Warning")] = (detail, envelope) => Ec2Events.SpotInterruption(detail, envelope.Origin),
        [("aws.ec2", "EC2 Instance Rebalance Recommendation")] = (detail, envelope) => Ec2Events.RebalanceRecommendation(detail, envelope.Origin),
        [("aws.events", "Scheduled Event")] = (_, envelope) => new ScheduledTick(envelope.Origin),
    };

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static IEnumerable<string> KnownKinds => Routes.Keys.Select(k => $"{k.Source} \"{k.DetailType}\"");

    public static ScalingEvent Parse(EventNode root, EventTransport transport)
    {
        var source = root.RequiredString("source");
        var detailType = root.RequiredString("detail-type");
        if (!Routes.TryGetValue((source, detailType), out var parse))
        {
            throw EventNode.Fail(root.Child("detail-type"),
                $"unsupported event source \"{source}\" with detail-type \"{detailType}\"; supported: {string.Join("; ", KnownKinds)}");
        }

        var origin = new EventOrigin(
            transport,
            source,
            root.OptionalString("id"),
            root.OptionalTimestamp("time"),
            root.OptionalString("region"),
            root.OptionalString("account"));
        var envelope = new Envelope(origin, detailType, Resources(root));
        var detail = root.Optional("detail")?.AsObject() ?? new EventNode(EmptyObject, root.Child("detail"));
        return parse(detail, envelope);
    }

    /// <summary>resources is an array of ARNs; a single string is accepted too.</summary>
    private static string[] Resources(EventNode root)
    {
        if (root.Optional("resources") is not { } node)
        {
            return [];
        }

        return node.Element.ValueKind switch
        {
            JsonValueKind.Array => node.Element.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToArray(),
            JsonValueKind.String => [node.Element.GetString()!],
            _ => throw EventNode.Fail(node.Path, "expected an array of ARNs"),
        };
    }
}

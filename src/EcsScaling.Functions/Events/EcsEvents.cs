using System.Text.Json;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Events;

/// <summary>aws.ecs events (camelCase detail).</summary>
public static class EcsEvents
{
    public static ContainerInstanceStateChanged ContainerInstanceStateChange(EventNode detail, EventOrigin origin) => new(
        origin,
        detail.RequiredString("clusterArn"),
        detail.RequiredString("containerInstanceArn"),
        InstanceIds.Optional(detail, "ec2InstanceId"),
        Status(detail),
        detail.OptionalBool("agentConnected"),
        detail.OptionalInt("runningTasksCount"))
    {
        RegisteredResources = CpuAndMemory(detail, "registeredResources"),
        RemainingResources = CpuAndMemory(detail, "remainingResources"),
        Attributes = Attributes(detail),
    };

    /// <summary>[{"name":"…","value":"…"}] (value absent for name-only attributes) → name → value; null when absent.</summary>
    private static Dictionary<string, string?>? Attributes(EventNode detail)
    {
        if (Named(detail, "attributes") is not { } items)
        {
            return null;
        }

        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, item) in items)
        {
            attributes[name] = item.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        return attributes;
    }

    /// <summary>[{"name":"CPU","integerValue":2048},{"name":"MEMORY",…}] → Resources; null when absent or incomplete (it is only an optimisation hint).</summary>
    private static Resources? CpuAndMemory(EventNode detail, string field)
    {
        if (Named(detail, field) is not { } items)
        {
            return null;
        }

        int? cpu = null, memory = null;
        foreach (var (name, item) in items)
        {
            if (!item.TryGetProperty("integerValue", out var value) || !value.TryGetInt32(out var number))
            {
                continue;
            }

            switch (name)
            {
                case "CPU": cpu = number; break;
                case "MEMORY": memory = number; break;
            }
        }

        return cpu is { } c && memory is { } m ? new Resources(c, m) : null;
    }

    /// <summary>ECS's [{"name":"…", …}] lists: the object items that have a string name; null when the field is absent or not a list.</summary>
    private static IEnumerable<(string Name, JsonElement Item)>? Named(EventNode detail, string field) =>
        detail.Optional(field) is { Element.ValueKind: JsonValueKind.Array } list
            ? list.Element.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                .Select(item => (item.GetProperty("name").GetString()!, item))
            : null;

    public static TaskStateChanged TaskStateChange(EventNode detail, EventOrigin origin) => new(
        origin,
        detail.RequiredString("clusterArn"),
        detail.RequiredString("taskArn"),
        detail.OptionalString("containerInstanceArn"),
        detail.RequiredString("lastStatus"),
        detail.OptionalString("desiredStatus"),
        detail.OptionalString("group"),
        detail.OptionalString("startedBy"),
        detail.OptionalString("stopCode"));

    /// <summary>The service ARN is not in the detail: ECS puts it in the envelope's resources.</summary>
    public static ServiceActionEvent ServiceAction(EventNode detail, Envelope envelope) => new(
        envelope.Origin,
        detail.RequiredString("clusterArn"),
        envelope.Resources.FirstOrDefault(arn => arn.Contains(":service/", StringComparison.Ordinal)),
        detail.OptionalString("eventType"),
        detail.RequiredString("eventName"));

    private static ContainerInstanceStatus? Status(EventNode detail) => detail.OptionalString("status") switch
    {
        null => null,
        var text when ContainerInstanceStatusText.Wire.TryParse(text, out var status) => status,
        var other => throw EventNode.Fail(detail.Child("status"), $"unknown container instance status \"{other}\""),
    };
}

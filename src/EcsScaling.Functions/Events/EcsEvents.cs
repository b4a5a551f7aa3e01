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

    /// <summary>[{"name":"…","value":"…"}] (value absent for name-only attributes) → name → value; null when absent, entries without a name skipped.</summary>
    private static Dictionary<string, string?>? Attributes(EventNode detail)
    {
        if (detail.Optional("attributes") is not { Element.ValueKind: System.Text.Json.JsonValueKind.Array } list)
        {
            return null;
        }

        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in list.Element.EnumerateArray())
        {
            if (item.ValueKind == System.Text.Json.JsonValueKind.Object
                && item.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                attributes[name.GetString()!] = item.TryGetProperty("value", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
            }
        }

        return attributes;
    }

    /// <summary>[{"name":"CPU","integerValue":2048},{"name":"MEMORY",…}] → Resources; null when absent or incomplete (it is only an optimisation hint).</summary>
    private static Resources? CpuAndMemory(EventNode detail, string field)
    {
        if (detail.Optional(field) is not { Element.ValueKind: System.Text.Json.JsonValueKind.Array } list)
        {
            return null;
        }

        int? cpu = null, memory = null;
        foreach (var item in list.Element.EnumerateArray())
        {
            if (item.ValueKind != System.Text.Json.JsonValueKind.Object
                || !item.TryGetProperty("name", out var name) || name.ValueKind != System.Text.Json.JsonValueKind.String
                || !item.TryGetProperty("integerValue", out var value) || !value.TryGetInt32(out var number))
            {
                continue;
            }

            switch (name.GetString())
            {
                case "CPU": cpu = number; break;
                case "MEMORY": memory = number; break;
            }
        }

        return cpu is { } c && memory is { } m ? new Resources(c, m) : null;
    }

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
        "REGISTERING" => ContainerInstanceStatus.Registering,
        "ACTIVE" => ContainerInstanceStatus.Active,
        "DRAINING" => ContainerInstanceStatus.Draining,
        "DEREGISTERING" => ContainerInstanceStatus.Deregistering,
        "INACTIVE" => ContainerInstanceStatus.Inactive,
        "REGISTRATION_FAILED" => ContainerInstanceStatus.RegistrationFailed,
        var other => throw EventNode.Fail(detail.Child("status"), $"unknown container instance status \"{other}\""),
    };
}

namespace EcsScaling.Simulation.AutoScaling;

public sealed record GroupSpec
{
    public int? MinSize { get; init; }

    public int? MaxSize { get; init; }

    public bool NewInstancesProtectedFromScaleIn { get; init; }

    public bool CapacityRebalance { get; init; }

    /// <summary>InstanceLifecyclePolicy.RetentionTriggers.TerminateHookAbandon = retain.</summary>
    public bool RetainsAbandonedInstances { get; init; }

    /// <summary>Custom container instance attributes the agent registers (ECS_INSTANCE_ATTRIBUTES).</summary>
    public IReadOnlyDictionary<string, string?> InstanceAttributes { get; init; } = new Dictionary<string, string?>();
}

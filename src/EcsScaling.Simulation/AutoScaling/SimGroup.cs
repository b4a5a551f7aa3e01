using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.AutoScaling;

/// <summary>A pending lifecycle action: held until completed, or until the heartbeat/global timeout applies the hook's default result.</summary>
public sealed class SimLifecycleAction(LifecycleHook hook, string instanceId, string token, DateTimeOffset startedAt)
{
    public LifecycleHook Hook => hook;

    public string InstanceId => instanceId;

    public string Token => token;

    public DateTimeOffset StartedAt => startedAt;

    public DateTimeOffset HeartbeatDeadline { get; set; }

    /// <summary>At most min(48 h, 100 × heartbeat timeout) after the action started.</summary>
    public DateTimeOffset GlobalDeadline { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public LifecycleResult? Result { get; set; }

    public bool TimedOut { get; set; }
}

public sealed class SimAsgInstance(string instanceId, string groupName, string availabilityZone, DateTimeOffset launchedAt)
{
    public string InstanceId => instanceId;

    public string GroupName => groupName;

    public string AvailabilityZone => availabilityZone;

    public DateTimeOffset LaunchedAt => launchedAt;

    public string LifecycleState { get; set; } = LifecycleStates.Pending;

    /// <summary>When it entered InService: instance warm-up counts from here.</summary>
    public DateTimeOffset? InServiceAt { get; set; }

    public bool ProtectedFromScaleIn { get; set; }

    /// <summary>Capacity Rebalancing: the instance launched to replace this one, and the one this one replaces.</summary>
    public string? ReplacedBy { get; set; }

    public string? Replaces { get; set; }

    public Dictionary<string, SimLifecycleAction> PendingActions { get; } = new(StringComparer.Ordinal);

    public AutoScalingInstance ToModel() => new(instanceId, groupName, LifecycleState, availabilityZone, ProtectedFromScaleIn, "Healthy");
}

public sealed class SimGroup(string name, string arn, SimCluster cluster, Resources instanceCapacity, IReadOnlyList<string> availabilityZones)
{
    public string Name => name;

    public string Arn => arn;

    public SimCluster Cluster => cluster;

    public Resources InstanceCapacity => instanceCapacity;

    public IReadOnlyList<string> AvailabilityZones => availabilityZones;

    public int MinSize { get; set; }

    public int MaxSize { get; set; }

    public int DesiredCapacity { get; set; }

    public bool NewInstancesProtectedFromScaleIn { get; set; }

    public bool CapacityRebalance { get; set; }

    /// <summary>Its instance lifecycle policy retains an instance whose terminate hook is abandoned (TerminateHookAbandon = retain).</summary>
    public bool RetainsAbandonedInstances { get; set; }

    /// <summary>DefaultInstanceWarmup: how long after InService an instance waits before it counts for dynamic scaling.</summary>
    public TimeSpan DefaultInstanceWarmup { get; set; } = TimeSpan.FromSeconds(300);

    public Dictionary<string, string?> InstanceAttributes { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The desired capacity last reported as blocked by scale-in protection, so the periodic reconcile reports it once.</summary>
    internal int? LastProtectedNotice { get; set; }

    public Dictionary<string, LifecycleHook> Hooks { get; } = new(StringComparer.Ordinal);

    /// <summary>Instances not yet Terminated, in launch order.</summary>
    public Dictionary<string, SimAsgInstance> Instances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public AutoScalingGroup ToModel() => new(name, arn, MinSize, MaxSize, DesiredCapacity, [.. Instances.Values.Select(i => i.ToModel())],
        NewInstancesProtectedFromScaleIn, new Dictionary<string, string>(Tags, StringComparer.Ordinal)) { CapacityRebalance = CapacityRebalance, RetainsAbandonedInstances = RetainsAbandonedInstances };
}

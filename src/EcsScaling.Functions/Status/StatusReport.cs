using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Functions.Status;

/// <summary>A draining instance and how far along it is.</summary>
public sealed record DrainProgress(string Ec2InstanceId, string ContainerInstanceArn, int TasksLeft, DateTimeOffset? DrainStarted, string? Reason);

public sealed record ClusterStatus(ClusterMeasurement Measurement, IReadOnlyList<DrainProgress> Draining);

/// <summary>
/// Which lifecycle hooks this deployment completes: those of the configured groups only. Without
/// groups (ECS_SCALING_ASG_NAMES empty, as for an operator's CLI) drains still work, but no hook is
/// completed here; the drain function of the stack completes them.
/// </summary>
public sealed record LifecycleHookScope(IReadOnlyList<string> Groups, IReadOnlyList<string> TerminateHooks, IReadOnlyList<string> LaunchHooks)
{
    public bool Configured => Groups.Count > 0;
}

public sealed record StatusReport(IReadOnlyList<ClusterStatus> Clusters, ActiveProfile? PolicyProfile, LifecycleHookScope? LifecycleHooks);

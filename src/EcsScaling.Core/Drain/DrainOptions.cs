using EcsScaling.Core.Clusters;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>What to do on an EC2 Spot interruption warning or rebalance recommendation.</summary>
public enum InterruptionBehaviour
{
    Drain,
    Ignore,
}

/// <summary>
/// The drain capability's configuration. Built by <see cref="DrainOptionsParser"/> from environment
/// variables; every name is matched case-sensitively (ASG, hook and cluster names are).
/// </summary>
public sealed record DrainOptions(
    IReadOnlyList<string> Clusters,
    IReadOnlyList<string> AutoScalingGroups,
    IReadOnlyList<string> TerminateHookNames,
    IReadOnlyList<string> LaunchHookNames,
    TimeSpan StandaloneTaskGrace,
    TimeSpan MaxDrainTime,
    LifecycleResult MaxDrainTimeResult,
    InterruptionBehaviour SpotInterruption,
    InterruptionBehaviour RebalanceRecommendation,
    IReadOnlyList<string> ProtectedGroups,
    TimeSpan HeartbeatMargin,
    TimeSpan SweepInterval)
{
    /// <summary>ECS managed draining installs this hook; it belongs to ECS and is never touched.</summary>
    public const string EcsManagedHookName = "ecs-managed-draining-termination-hook";

    /// <summary>Queue mode: how many batches Lambda may work at once (the event source's ScalingConfig.MaximumConcurrency, 2–1000).</summary>
    public int QueueConcurrency { get; init; } = 2;

    /// <summary>Queue mode: the drain events arrive through SQS, which keeps a message until a batch has worked it (or redrives it to the dead-letter queue).</summary>
    public bool QueueMode { get; init; }

    /// <summary>
    /// The churn guard: recommendations come far more often than interruptions, so at most this
    /// percent of a cluster's instances (at least one) drain on recommendations alone.
    /// </summary>
    public int RecommendationMaxSharePercent { get; init; } = 10;

    /// <summary>Counted for every drain start; refusing only recommendation and manual drains (lifecycle drains go ahead).</summary>
    public DisruptionBudgets DisruptionBudgets { get; init; } = DisruptionBudgets.None;

    /// <summary>Per service: a drain one of its tasks still holds this long is completed with ABANDON (the sweeper enforces it).</summary>
    public AbandonBounds AbandonBounds { get; init; } = AbandonBounds.None;

    /// <summary>Whether an abandon bound sends ABANDON on a group that does not retain abandoned instances (there ABANDON terminates).</summary>
    public AbandonWithoutRetention AbandonWithoutRetention { get; init; } = AbandonWithoutRetention.Wait;

    public bool OwnsGroup(string groupName) => AutoScalingGroups.Contains(groupName, StringComparer.Ordinal);

    public bool OwnsHook(string hookName, LifecycleTransition transition) =>
        (transition == LifecycleTransition.Terminating ? TerminateHookNames : LaunchHookNames).Contains(hookName, StringComparer.Ordinal);

    public bool ProtectsGroup(string groupName) => ProtectedGroups.Contains(groupName, StringComparer.Ordinal);

    public bool OwnsCluster(string clusterArnOrName) => new ManagedClusters(Clusters).Contains(clusterArnOrName);
}

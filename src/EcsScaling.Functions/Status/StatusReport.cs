using EcsScaling.Core.Clusters;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Functions.Status;

/// <summary>A draining instance and how far along it is; Abandoned when the sweeper abandoned it at its abandon bound.</summary>
public sealed record DrainProgress(string Ec2InstanceId, string ContainerInstanceArn, int TasksLeft, DateTimeOffset? DrainStarted, string? Reason, AbandonedDrain? Abandoned = null);

public sealed record ClusterStatus(ClusterMeasurement Measurement, IReadOnlyList<DrainProgress> Draining, BudgetStatus? DisruptionBudgets = null);

/// <summary>
/// The disruption budgets as they stand for one cluster: the instances disrupted now by reason, the
/// budgets active now, and per reason how many more it may disrupt; a reason with none left is held
/// back (rebalance, consolidation, recommendation and manual drains wait; lifecycle drains go ahead, counted).
/// </summary>
public sealed record BudgetStatus(DisruptedInstances Disrupted, IReadOnlyList<string> ActiveBudgets, IReadOnlyList<BudgetCheck> Reasons)
{
    public static BudgetStatus Of(DisruptionBudgets budgets, IEnumerable<ContainerInstance> instances, DateTimeOffset now)
    {
        var disrupted = DisruptedInstances.Of(instances);
        return new BudgetStatus(disrupted, [.. budgets.ActiveAt(now).Select(b => b.Text)],
            [.. DisruptionReasonText.Budgeted.Select(r => budgets.Check(r.Reason, disrupted, now))]);
    }

    public IEnumerable<string> HeldBack => Reasons.Where(r => !r.MayDisrupt() && !DisruptionReasonText.IsLifecycle(r.Reason)).Select(r => r.ReasonText);
}

/// <summary>
/// Which lifecycle hooks this deployment completes: those of the configured groups only. Without
/// groups (ECS_SCALING_ASG_NAMES empty, as for an operator's CLI) drains still work, but no hook is
/// completed here; the drain function of the stack completes them.
/// </summary>
public sealed record LifecycleHookScope(IReadOnlyList<string> Groups, IReadOnlyList<string> TerminateHooks, IReadOnlyList<string> LaunchHooks)
{
    public bool Configured => Groups.Count > 0;
}

public sealed record StatusReport(IReadOnlyList<ClusterStatus> Clusters, ActiveProfile? PolicyProfile, LifecycleHookScope? LifecycleHooks)
{
    /// <summary>Null when no group is configured.</summary>
    public IReadOnlyList<GroupCapacityProvider>? CapacityProviders { get; init; }
}

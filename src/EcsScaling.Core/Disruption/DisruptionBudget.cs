using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Disruption;

/// <summary>
/// One budget: at most <see cref="Nodes"/> instances of a cluster disrupted at once while one of
/// <see cref="Reasons"/> (all reasons when empty) would disrupt another, in each of <see cref="Clusters"/>
/// (every managed cluster when empty), and only inside its window when it has a schedule (the
/// schedule's firing opens it for <see cref="Duration"/>).
/// </summary>
public sealed record DisruptionBudget(IReadOnlyList<ClusterReference> Clusters, IReadOnlySet<DisruptionReason> Reasons, BudgetNodes Nodes, CronSchedule? Schedule, TimeSpan? Duration, string Text)
{
    public bool AppliesTo(DisruptionReason reason) => Reasons.Count == 0 || Reasons.Contains(reason);

    /// <summary>Whether the budget limits this cluster (a name or an ARN, as <see cref="ClusterReference.Matches(string)"/> compares them).</summary>
    public bool Covers(string cluster) => Clusters.Count == 0 || Clusters.Any(c => c.Matches(cluster));

    public bool IsActive(DateTimeOffset now) => Schedule is null || Schedule.IsOpen(now, Duration!.Value);

    public override string ToString() => Text;
}

using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Metrics;

/// <param name="MeasureServiceSpread">
/// Read every task to publish the imbalance score (what the rebalance alarm watches) and
/// per-service spread. On by default; it costs about one ListTasks and one DescribeTasks call per
/// 100 tasks, which a one-minute schedule on a very large cluster may not afford: off, only what
/// instances and services give is published (CPU imbalance, reservations, counts),
/// and the ECS request rate the drain function needs is spared.
/// </param>
/// <remarks>Read from environment variables by <see cref="ClusterMetricsOptionsParser"/>.</remarks>
public sealed record ClusterMetricsOptions(bool MeasureServiceSpread = true)
{
    /// <summary>The clusters measured (<see cref="ManagedClusters.Variable"/>, shared with the other functions).</summary>
    public IReadOnlyList<string> Clusters { get; init; } = [];

    /// <summary>Per measured cluster (as configured in <see cref="Clusters"/>), the group to scale out for its waiting tasks; empty: none.</summary>
    public IReadOnlyDictionary<string, string> ScaleOutGroups { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long an instance of a scale-out group must have been registered to be given back when empty; null: empty instances are left to the group's own scale-in.</summary>
    public TimeSpan? ScaleInEmptyAfter { get; init; }
}

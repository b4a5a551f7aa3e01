using EcsScaling.Core.Configuration;
using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Metrics;

/// <param name="MeasureServiceSpread">
/// Read every task to publish the imbalance score (what the rebalance alarm watches) and
/// per-service spread. On by default; it costs about one ListTasks and one DescribeTasks call per
/// 100 tasks, which a one-minute schedule on a very large cluster may not afford: off, only what
/// instances and services give is published (CPU imbalance, reservations, counts),
/// and the ECS request rate the drain function needs is spared.
/// </param>
public sealed record ClusterMetricsOptions(bool MeasureServiceSpread = true)
{
    public const string ReadTasksVariable = "ECS_SCALING_METRICS_READ_TASKS";

    /// <summary>The clusters measured (<see cref="ManagedClusters.Variable"/>, shared with the other functions).</summary>
    public IReadOnlyList<string> Clusters { get; init; } = [];

    /// <exception cref="ConfigurationException">No cluster, or task reads neither true nor false.</exception>
    public static ClusterMetricsOptions FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var options = new ClusterMetricsOptions(reader.Bool(ReadTasksVariable, fallback: true)) { Clusters = ManagedClusters.Read(reader) };
        return reader.Checked("cluster-metrics", options);
    }
}

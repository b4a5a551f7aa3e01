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

    /// <summary>cluster=group pairs: the group that gives each cluster its instances, raised when tasks wait for room (see ScaleOut).</summary>
    public const string ScaleOutGroupsVariable = "ECS_SCALING_SCALE_OUT_GROUPS";

    /// <summary>Minutes an empty instance of a scale-out group must have been registered before it is given back (see ScaleIn); unset: never.</summary>
    public const string ScaleInEmptyMinutesVariable = "ECS_SCALING_SCALE_IN_EMPTY_MINUTES";

    /// <summary>The clusters measured (<see cref="ManagedClusters.Variable"/>, shared with the other functions).</summary>
    public IReadOnlyList<string> Clusters { get; init; } = [];

    /// <summary>Per measured cluster (as configured in <see cref="Clusters"/>), the group to scale out for its waiting tasks; empty: none.</summary>
    public IReadOnlyDictionary<string, string> ScaleOutGroups { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long an instance of a scale-out group must have been registered to be given back when empty; null: empty instances are left to the group's own scale-in.</summary>
    public TimeSpan? ScaleInEmptyAfter { get; init; }

    /// <exception cref="ConfigurationException">No cluster, task reads neither true nor false, a scale-out pair that names no measured cluster, or an empty-instance age that is not a whole number of minutes ≥ 1 or has no scale-out group.</exception>
    public static ClusterMetricsOptions FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var readTasks = reader.Bool(ReadTasksVariable, fallback: true);
        var clusters = ManagedClusters.Read(reader);
        var options = new ClusterMetricsOptions(readTasks) { Clusters = clusters };
        options = options with { ScaleOutGroups = ReadScaleOutGroups(reader, ManagedClusters.OfValid(clusters)) };
        if (reader.Value(ScaleInEmptyMinutesVariable) is not null)
        {
            options = options with { ScaleInEmptyAfter = reader.Minutes(ScaleInEmptyMinutesVariable, TimeSpan.Zero, min: 1) };
            if (options.ScaleOutGroups.Count == 0)
            {
                reader.Problems.Add($"{ScaleInEmptyMinutesVariable}: gives back empty instances of the groups in {ScaleOutGroupsVariable}, which names none.");
            }
        }

        if (options.ScaleOutGroups.Count > 0 && !options.MeasureServiceSpread)
        {
            reader.Problems.Add($"{ScaleOutGroupsVariable}: needs the cluster's tasks, but {ReadTasksVariable} is false.");
        }

        return reader.Checked("cluster-metrics", options);
    }

    private static Dictionary<string, string> ReadScaleOutGroups(EnvironmentReader reader, ManagedClusters managed)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in reader.Names(ScaleOutGroupsVariable))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                reader.Invalid(ScaleOutGroupsVariable, pair, "cluster=group", 0);
            }
            else if (managed.Find(parts[0]) is not { } cluster)
            {
                reader.Problems.Add($"{ScaleOutGroupsVariable}: '{parts[0]}' is not one of {ManagedClusters.Variable}.");
            }
            else if (!groups.TryAdd(cluster, parts[1]))
            {
                reader.Problems.Add($"{ScaleOutGroupsVariable}: cluster '{parts[0]}' is given more than one group.");
            }
        }

        return groups;
    }
}

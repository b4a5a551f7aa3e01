using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Metrics;

/// <summary>
/// Reads <see cref="ClusterMetricsOptions"/> from environment variables (passed in, never read from the
/// process; named in <see cref="ClusterMetricsVariables"/>), collecting every problem so that one failed init names them all.
/// </summary>
public static class ClusterMetricsOptionsParser
{
    /// <exception cref="ConfigurationException">No cluster, task reads neither true nor false, a scale-out pair that names no measured cluster, or an empty-instance age that is not a whole number of minutes ≥ 1 or has no scale-out group.</exception>
    public static ClusterMetricsOptions Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var readTasks = reader.Bool(ClusterMetricsVariables.ReadTasks, fallback: true);
        var clusters = ManagedClusters.Read(reader);
        var options = new ClusterMetricsOptions(readTasks) { Clusters = clusters };
        options = options with { ScaleOutGroups = ReadScaleOutGroups(reader, ManagedClusters.OfValid(clusters)) };
        if (reader.Value(ClusterMetricsVariables.ScaleInEmptyMinutes) is not null)
        {
            options = options with { ScaleInEmptyAfter = reader.Minutes(ClusterMetricsVariables.ScaleInEmptyMinutes, TimeSpan.Zero, min: 1) };
            if (options.ScaleOutGroups.Count == 0)
            {
                reader.Problems.Add($"{ClusterMetricsVariables.ScaleInEmptyMinutes}: gives back empty instances of the groups in {ClusterMetricsVariables.ScaleOutGroups}, which names none.");
            }
        }

        if (options.ScaleOutGroups.Count > 0 && !options.MeasureServiceSpread)
        {
            reader.Problems.Add($"{ClusterMetricsVariables.ScaleOutGroups}: needs the cluster's tasks, but {ClusterMetricsVariables.ReadTasks} is false.");
        }

        return reader.Checked("cluster-metrics", options);
    }

    private static Dictionary<string, string> ReadScaleOutGroups(EnvironmentReader reader, ManagedClusters managed)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in reader.Names(ClusterMetricsVariables.ScaleOutGroups))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                reader.Invalid(ClusterMetricsVariables.ScaleOutGroups, pair, "cluster=group", 0);
            }
            else if (managed.Find(parts[0]) is not { } cluster)
            {
                reader.Problems.Add($"{ClusterMetricsVariables.ScaleOutGroups}: '{parts[0]}' is not one of {ManagedClusters.Variable}.");
            }
            else if (!groups.TryAdd(cluster, parts[1]))
            {
                reader.Problems.Add($"{ClusterMetricsVariables.ScaleOutGroups}: cluster '{parts[0]}' is given more than one group.");
            }
        }

        return groups;
    }
}

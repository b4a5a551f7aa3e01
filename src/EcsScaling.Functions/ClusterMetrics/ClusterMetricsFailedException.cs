using EcsScaling.Core.Metrics;
using EcsScaling.Core.Clusters;

namespace EcsScaling.Functions.ClusterMetrics;

/// <summary>
/// A cluster-metrics run could not measure at least one cluster (an AWS call failed after the SDK's
/// retries). Reported as a Lambda error, so the Errors metric and any alarm on it see a run that did
/// not do its job: an alarm on a metric that stopped arriving only goes to INSUFFICIENT_DATA. The
/// clusters that were measured have already been published (EMF lines), and the message names them
/// beside the failed ones, so the partial result is in the log with the error.
/// </summary>
public sealed class ClusterMetricsFailedException(ClusterMetricsResult result)
    : Exception(Describe(result))
{
    public static ClusterMetricsResult ThrowIfAnyFailed(ClusterMetricsResult result) =>
        result.Clusters.Any(c => c.Error is not null) ? throw new ClusterMetricsFailedException(result) : result;

    private static string Describe(ClusterMetricsResult result)
    {
        var failed = result.Clusters.Where(c => c.Error is not null).ToList();
        var published = result.Clusters.Where(c => c.Error is null).Select(c => c.Cluster).ToList();
        return $"cluster metrics failed for {failed.Count} of {result.Clusters.Count} clusters: "
            + string.Join("; ", failed.Select(c => $"cluster {c.Cluster}: {c.Error}"))
            + (published.Count == 0 ? "; none published" : $"; published: {string.Join(", ", published)}");
    }
}

using EcsScaling.Functions.Iam;

namespace EcsScaling.Functions.ClusterMetrics;

/// <summary>The cluster-metrics function's IAM declaration: it only reads clusters (metrics leave as EMF log lines, not PutMetricData).</summary>
public static class ClusterMetricsPermissions
{
    public static IReadOnlyList<string> Methods => GatewayMethods.ClusterRead;
}

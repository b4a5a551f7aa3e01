using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.ScaleOut;

namespace EcsScaling.Core.Metrics;

/// <summary>What one cluster-metrics run published for one cluster, or why it could not.</summary>
public sealed record ClusterMetricsReport(
    string Cluster,
    double? ImbalanceScore,
    double? CpuReservationPercent,
    double? MemoryReservationPercent,
    int ActiveInstances,
    int DrainingInstances,
    int EmptyInstances,
    int Services,
    string? Error)
{
    /// <summary>The scale-out look at the cluster's group, when one is configured and the metrics were measured.</summary>
    public ScaleOutPlan? ScaleOut { get; init; }

    /// <summary>The look at the cluster's empty instances, when giving them back is configured and one is empty.</summary>
    public EmptyInstancePlan? ScaleIn { get; init; }
}

/// <summary>What one cluster-metrics run did, one report per configured cluster.</summary>
public sealed record ClusterMetricsResult(IReadOnlyList<ClusterMetricsReport> Clusters);


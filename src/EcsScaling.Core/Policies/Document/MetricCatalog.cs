using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>The predefined target-tracking metrics AWS accepts per resource kind, and which metrics are percentages.</summary>
public static class MetricCatalog
{
    public const string AlbRequestCountPerTarget = "ALBRequestCountPerTarget";

    /// <summary>Application Auto Scaling's ceiling for TargetValue.</summary>
    public const double MaxTargetValue = 6.997697e108;

    public static readonly IReadOnlyList<string> Statistics = ["Average", "Minimum", "Maximum", "SampleCount", "Sum"];

    private static readonly string[] EcsServiceMetrics = ["ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", AlbRequestCountPerTarget];

    private static readonly string[] GroupMetrics = ["ASGAverageCPUUtilization", "ASGAverageNetworkIn", "ASGAverageNetworkOut", AlbRequestCountPerTarget];

    private static readonly HashSet<string> PercentMetrics = new(StringComparer.Ordinal)
    {
        "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", "ASGAverageCPUUtilization",
        "AWS/ECS:CPUReservation", "AWS/ECS:MemoryReservation", "AWS/ECS:CPUUtilization", "AWS/ECS:MemoryUtilization",
        "AWS/EC2:CPUUtilization",
    };

    /// <summary>
    /// Application Auto Scaling's predefined predictive metrics for ECS services, split as EC2 Auto Scaling
    /// splits its own: a pair names both metrics; a scaling metric is an average per task, a load metric the total.
    /// </summary>
    public static readonly IReadOnlyList<string> PredictiveMetricPairs = ["ECSServiceCPUUtilization", "ECSServiceMemoryUtilization", "ALBRequestCount"];

    public static readonly IReadOnlyList<string> PredictiveScalingMetrics = ["ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", AlbRequestCountPerTarget];

    public static readonly IReadOnlyList<string> PredictiveLoadMetrics = ["ECSServiceTotalCPUUtilization", "ECSServiceTotalMemoryUtilization", "TotalALBRequestCount"];

    public static IReadOnlyList<string> PredefinedFor(ScalableResourceKind kind) =>
        kind == ScalableResourceKind.EcsService ? EcsServiceMetrics : GroupMetrics;

    /// <summary>Percentages must lie in (0, 100]: a CPU target of 600 is a typo, not a policy.</summary>
    public static bool IsPercent(TargetTrackingConfiguration configuration) =>
        configuration.CustomizedMetric is { } custom
            ? PercentMetrics.Contains($"{custom.Namespace}:{custom.MetricName}")
            : configuration.PredefinedMetricType is { } predefined && PercentMetrics.Contains(predefined);

    /// <summary>The target of a predictive policy is the scaling metric's (a pair's average): a percentage for CPU and memory.</summary>
    public static bool IsPercent(PredictiveScalingConfiguration configuration) =>
        configuration.MetricPair is "ECSServiceCPUUtilization" or "ECSServiceMemoryUtilization" || (configuration.ScalingMetric is { } scaling && PercentMetrics.Contains(scaling));

    public static bool IsAlbPredictive(string? metric) => metric is "ALBRequestCount" or AlbRequestCountPerTarget or "TotalALBRequestCount";
}

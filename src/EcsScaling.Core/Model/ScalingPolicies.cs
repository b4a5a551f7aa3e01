namespace EcsScaling.Core.Model;

public enum ScalableResourceKind
{
    /// <summary>An ECS service's desired count, through Application Auto Scaling.</summary>
    EcsService,

    /// <summary>An EC2 Auto Scaling group's desired capacity, through EC2 Auto Scaling.</summary>
    AutoScalingGroup,
}

/// <summary>
/// What a policy scales. For an ECS service Id is the Application Auto Scaling resource id
/// ("service/cluster/name"); for an Auto Scaling group it is the group name.
/// </summary>
public sealed record ScalableResource(ScalableResourceKind Kind, string Id);

public sealed record ScalableTarget(ScalableResource Resource, int MinCapacity, int MaxCapacity);

public sealed record MetricDimension(string Name, string Value);

/// <summary>
/// One CloudWatch metric with its statistic. PeriodSeconds (10, 30 or 60; null = 60) is EC2 Auto
/// Scaling's high-resolution option; Application Auto Scaling has no such member.
/// </summary>
public sealed record CustomizedMetric(string Namespace, string MetricName, IReadOnlyList<MetricDimension> Dimensions, string Statistic, string? Unit, int? PeriodSeconds = null);

/// <summary>
/// One query of a metric-math specification (AWS's TargetTrackingMetricDataQuery): either a metric
/// or an expression over other queries' ids; exactly one query returns the series the policy tracks.
/// </summary>
public sealed record MetricQuery(string Id, string? Expression, CustomizedMetric? Metric, string? Label, bool ReturnData);

/// <summary>
/// Exactly one of: a predefined metric (with resource label for ALBRequestCountPerTarget), a
/// customized metric, or metric math (a customized metric specification's Metrics queries).
/// </summary>
public sealed record TargetTrackingConfiguration(
    double TargetValue,
    string? PredefinedMetricType,
    string? ResourceLabel,
    CustomizedMetric? CustomizedMetric,
    int? ScaleInCooldownSeconds,
    int? ScaleOutCooldownSeconds,
    bool DisableScaleIn,
    IReadOnlyList<MetricQuery>? MetricMath = null);

public sealed record TargetTrackingPolicy(ScalableResource Resource, string PolicyName, TargetTrackingConfiguration Configuration);

public sealed record MetricDatum(string MetricName, double Value, string Unit, IReadOnlyList<MetricDimension> Dimensions, DateTimeOffset? Timestamp);

public sealed record AlarmState(string AlarmName, string? AlarmArn, string StateValue, string? StateReason, DateTimeOffset? StateUpdatedAt);

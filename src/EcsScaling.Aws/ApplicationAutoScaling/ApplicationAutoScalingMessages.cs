namespace EcsScaling.Aws.ApplicationAutoScaling;

// Application Auto Scaling wire shapes (PascalCase JSON): only the members we read or send.
public sealed record AasDimension(string Name, string Value);

public sealed record AasPredefinedMetric(string PredefinedMetricType, string? ResourceLabel);

/// <summary>One metric (MetricName … Unit) or metric math (Metrics), never both.</summary>
public sealed record AasCustomizedMetric(string? MetricName, string? Namespace, List<AasDimension>? Dimensions, string? Statistic, string? Unit, List<AasMetricQuery>? Metrics);

public sealed record AasMetric(List<AasDimension>? Dimensions, string MetricName, string Namespace);

public sealed record AasMetricStat(AasMetric Metric, string Stat, string? Unit);

public sealed record AasMetricQuery(string Id, string? Expression, string? Label, AasMetricStat? MetricStat, bool? ReturnData);

public sealed record AasTargetTracking(
    double TargetValue,
    AasPredefinedMetric? PredefinedMetricSpecification,
    AasCustomizedMetric? CustomizedMetricSpecification,
    int? ScaleOutCooldown,
    int? ScaleInCooldown,
    bool? DisableScaleIn);

public sealed record AasScalableTarget(string ServiceNamespace, string ResourceId, string ScalableDimension, int MinCapacity, int MaxCapacity);

public sealed record AasPolicy(string PolicyName, string ResourceId, string? PolicyType, AasTargetTracking? TargetTrackingScalingPolicyConfiguration);

public sealed record RegisterScalableTargetRequest(string ServiceNamespace, string ResourceId, string ScalableDimension, int MinCapacity, int MaxCapacity);

public sealed record DescribeScalableTargetsRequest(string ServiceNamespace, List<string> ResourceIds, string ScalableDimension, string? NextToken);

public sealed record DescribeScalableTargetsResponse(List<AasScalableTarget>? ScalableTargets, string? NextToken);

public sealed record PutScalingPolicyRequest(string PolicyName, string ServiceNamespace, string ResourceId, string ScalableDimension, string PolicyType, AasTargetTracking TargetTrackingScalingPolicyConfiguration);

public sealed record DescribeScalingPoliciesRequest(string ServiceNamespace, string ResourceId, string ScalableDimension, string? NextToken);

public sealed record DescribeScalingPoliciesResponse(List<AasPolicy>? ScalingPolicies, string? NextToken);

public sealed record DeleteScalingPolicyRequest(string PolicyName, string ServiceNamespace, string ResourceId, string ScalableDimension);

public sealed record AasEmptyResponse;

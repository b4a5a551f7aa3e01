namespace EcsScaling.Core.Policies.Document;

// The document as written in the repository. Every field is nullable so that a missing value is
// reported by the validator with its path instead of surfacing as a serializer error.

public sealed class PolicyDocumentJson
{
    public string? Description { get; set; }

    public List<ServiceJson?>? Services { get; set; }

    public List<GroupJson?>? AutoScalingGroups { get; set; }

    public Dictionary<string, ProfileJson?>? Profiles { get; set; }
}

/// <summary>A named profile has the shape of the base: entries override or extend it.</summary>
public sealed class ProfileJson
{
    public string? Description { get; set; }

    public List<ServiceJson?>? Services { get; set; }

    public List<GroupJson?>? AutoScalingGroups { get; set; }
}

public sealed class ServiceJson
{
    public string? Cluster { get; set; }

    public string? Service { get; set; }

    public int? MinCapacity { get; set; }

    public int? MaxCapacity { get; set; }

    public List<PolicyJson?>? Policies { get; set; }
}

public sealed class GroupJson
{
    public string? Name { get; set; }

    public List<PolicyJson?>? Policies { get; set; }
}

public sealed class PolicyJson
{
    public string? Name { get; set; }

    /// <summary>A predefined metric type (ECSServiceAverageCPUUtilization, ASGAverageCPUUtilization…).</summary>
    public string? Metric { get; set; }

    public string? ResourceLabel { get; set; }

    public CustomizedMetricJson? CustomizedMetric { get; set; }

    public double? TargetValue { get; set; }

    public int? ScaleInCooldownSeconds { get; set; }

    public int? ScaleOutCooldownSeconds { get; set; }

    public bool? DisableScaleIn { get; set; }

    /// <summary>Makes this an ECS service's predictive scaling policy (targetValue and resourceLabel are shared with target tracking).</summary>
    public PredictiveJson? Predictive { get; set; }
}

/// <summary>AWS's PredictiveScalingPolicyConfiguration with its one metric specification, in the document's words.</summary>
public sealed class PredictiveJson
{
    /// <summary>A predefined metric pair (ECSServiceCPUUtilization, ECSServiceMemoryUtilization, ALBRequestCount).</summary>
    public string? MetricPair { get; set; }

    public string? ScalingMetric { get; set; }

    public string? LoadMetric { get; set; }

    public string? Mode { get; set; }

    public int? SchedulingBufferSeconds { get; set; }

    public string? MaxCapacityBreachBehavior { get; set; }

    public int? MaxCapacityBuffer { get; set; }
}

/// <summary>One metric (namespace … unit, period) or metric math (metrics), as AWS's CustomizedMetricSpecification.</summary>
public sealed class CustomizedMetricJson
{
    public string? Namespace { get; set; }

    public string? MetricName { get; set; }

    public List<DimensionJson?>? Dimensions { get; set; }

    public string? Statistic { get; set; }

    public string? Unit { get; set; }

    /// <summary>EC2 Auto Scaling only: 10, 30 or 60 seconds (high-resolution metrics).</summary>
    public int? Period { get; set; }

    public List<MetricQueryJson?>? Metrics { get; set; }
}

/// <summary>AWS's TargetTrackingMetricDataQuery: an id with either a metricStat or an expression.</summary>
public sealed class MetricQueryJson
{
    public string? Id { get; set; }

    public string? Expression { get; set; }

    public MetricStatJson? MetricStat { get; set; }

    public string? Label { get; set; }

    public bool? ReturnData { get; set; }
}

public sealed class MetricStatJson
{
    public MetricJson? Metric { get; set; }

    public string? Stat { get; set; }

    public string? Unit { get; set; }

    /// <summary>EC2 Auto Scaling only: 10, 30 or 60 seconds.</summary>
    public int? Period { get; set; }
}

public sealed class MetricJson
{
    public string? Namespace { get; set; }

    public string? MetricName { get; set; }

    public List<DimensionJson?>? Dimensions { get; set; }
}

public sealed class DimensionJson
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}

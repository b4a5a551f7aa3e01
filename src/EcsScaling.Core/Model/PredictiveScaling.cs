namespace EcsScaling.Core.Model;

/// <summary>ForecastOnly: AWS forecasts and does not scale (AWS's default); ForecastAndScale: it also scales out ahead of the forecast.</summary>
public enum PredictiveScalingMode
{
    ForecastOnly,
    ForecastAndScale,
}

/// <summary>What predictive scaling does when the forecast approaches the scalable target's maximum capacity.</summary>
public enum MaxCapacityBreachBehavior
{
    /// <summary>The maximum is a hard limit (AWS's default).</summary>
    HonorMaxCapacity,

    /// <summary>The maximum may be raised to the forecast plus MaxCapacityBuffer percent.</summary>
    IncreaseMaxCapacity,
}

/// <summary>
/// An Application Auto Scaling predictive scaling policy for an ECS service with one metric
/// specification (AWS supports only one): either a predefined metric pair (MetricPair) or a
/// predefined scaling metric with a predefined load metric. ResourceLabel names the target group
/// of the ALB metrics. Null optional members are AWS's defaults (PredictiveComparer fills them in).
/// </summary>
public sealed record PredictiveScalingConfiguration(
    double TargetValue,
    string? MetricPair,
    string? ScalingMetric,
    string? LoadMetric,
    string? ResourceLabel,
    PredictiveScalingMode? Mode,
    int? SchedulingBufferSeconds,
    MaxCapacityBreachBehavior? MaxCapacityBreachBehavior,
    int? MaxCapacityBuffer);

public sealed record PredictivePolicy(ScalableResource Resource, string PolicyName, PredictiveScalingConfiguration Configuration);

/// <summary>The policies of one resource that this tool reads, by type (a group has no predictive ones here).</summary>
public sealed record ResourcePolicies(IReadOnlyList<TargetTrackingPolicy> TargetTracking, IReadOnlyList<PredictivePolicy> Predictive)
{
    public static ResourcePolicies Of(IReadOnlyList<TargetTrackingPolicy> targetTracking) => new(targetTracking, []);
}

/// <summary>One hourly value of a forecast.</summary>
public sealed record ForecastPoint(DateTimeOffset At, double Value);

/// <summary>GetPredictiveScalingForecast's capacity forecast (empty until AWS has enough history) and when AWS last computed it.</summary>
public sealed record CapacityForecast(IReadOnlyList<ForecastPoint> Points, DateTimeOffset? UpdatedAt);

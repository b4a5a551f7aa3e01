using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.AutoScaling.TargetTracking;

/// <summary>A target-tracking policy as the scaler runs it: the metric it watches, its target and its scale-in and cooldown settings.</summary>
public sealed record TrackedPolicy(string Name, string MetricNamespace, string MetricName, IReadOnlyList<MetricDimension> Dimensions, double Target)
{
    public bool DisableScaleIn { get; init; }

    public TimeSpan ScaleOutCooldown { get; init; }

    public TimeSpan ScaleInCooldown { get; init; }

    /// <summary>
    /// A group policy's EstimatedInstanceWarmup: "When a warm-up period is specified here, it overrides the default instance
    /// warmup" (PutScalingPolicy); null uses the group's. ECS sets it on the policy of a capacity provider's managed scaling.
    /// </summary>
    public TimeSpan? InstanceWarmup { get; init; }

    /// <summary>
    /// Application Auto Scaling's default cooldowns for ECS services are 300 s each
    /// (https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown).
    /// </summary>
    public static TimeSpan EcsDefaultCooldown { get; } = TimeSpan.FromSeconds(300);

    /// <summary>Equal in every setting, dimensions compared by value (the record's own equality compares the list by reference).</summary>
    public bool SameAs(TrackedPolicy other) =>
        this with { Dimensions = Array.Empty<MetricDimension>() } == other with { Dimensions = Array.Empty<MetricDimension>() } && Dimensions.SequenceEqual(other.Dimensions);

    /// <summary>
    /// The metric of a stored policy: ECSServiceAverageCPUUtilization/MemoryUtilization are AWS/ECS CPUUtilization/MemoryUtilization
    /// of the service (ClusterName, ServiceName); ALBRequestCountPerTarget is AWS/ApplicationELB RequestCountPerTarget of the target
    /// group in the resource label; a customized metric is taken as written.
    /// </summary>
    public static TrackedPolicy From(TargetTrackingPolicy policy)
    {
        var configuration = policy.Configuration;
        if (configuration.MetricMath is not null)
        {
            throw new ArgumentException($"policy {policy.PolicyName} of {policy.Resource.Id} tracks metric math, which the simulator's target tracking does not evaluate");
        }

        var (metricNamespace, name, dimensions) = configuration.CustomizedMetric is { } custom
            ? (custom.Namespace, custom.MetricName, custom.Dimensions)
            : Predefined(policy.Resource, configuration);
        var isService = policy.Resource.Kind == ScalableResourceKind.EcsService;
        return new TrackedPolicy(policy.PolicyName, metricNamespace, name, dimensions, configuration.TargetValue)
        {
            DisableScaleIn = configuration.DisableScaleIn,
            ScaleOutCooldown = isService ? Seconds(configuration.ScaleOutCooldownSeconds) : TimeSpan.Zero,
            ScaleInCooldown = isService ? Seconds(configuration.ScaleInCooldownSeconds) : TimeSpan.Zero,
        };
    }

    private static TimeSpan Seconds(int? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : EcsDefaultCooldown;

    private static (string, string, IReadOnlyList<MetricDimension>) Predefined(ScalableResource resource, TargetTrackingConfiguration configuration)
    {
        if (configuration.PredefinedMetricType == "ALBRequestCountPerTarget")
        {
            var label = configuration.ResourceLabel ?? "";
            var targetGroup = label.IndexOf("targetgroup/", StringComparison.Ordinal) is var at and >= 0 ? label[at..] : label;
            return ("AWS/ApplicationELB", "RequestCountPerTarget", [new("TargetGroup", targetGroup)]);
        }

        // service/CLUSTER/SERVICE (Application Auto Scaling resource id)
        var parts = resource.Id.Split('/');
        IReadOnlyList<MetricDimension> service = parts.Length == 3 ? [new("ClusterName", parts[1]), new("ServiceName", parts[2])] : [];
        return configuration.PredefinedMetricType switch
        {
            "ECSServiceAverageCPUUtilization" => ("AWS/ECS", "CPUUtilization", service),
            "ECSServiceAverageMemoryUtilization" => ("AWS/ECS", "MemoryUtilization", service),
            var other => throw new ArgumentException($"policy metric {other} is not modelled for {resource.Id}"),
        };
    }
}

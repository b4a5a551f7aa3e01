namespace EcsScaling.Simulation.AutoScaling.TargetTracking;

/// <summary>
/// The arithmetic of target tracking as Application Auto Scaling and EC2 Auto Scaling document it
/// (https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html,
/// https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html).
/// </summary>
public static class TargetTrackingRules
{
    /// <summary>The high alarm target tracking creates: metric above the target for 3 consecutive one-minute datapoints.</summary>
    public const int ScaleOutPeriods = 3;

    /// <summary>The low alarm: metric below 90 % of the target for 15 consecutive one-minute datapoints.</summary>
    public const int ScaleInPeriods = 15;

    public const double ScaleInThresholdFraction = 0.9;

    /// <summary>
    /// "It adds and removes capacity as required to keep the metric at, or close to, the specified target value":
    /// capacity in proportion to metric ÷ target, rounded up, so that the metric lands at or below the target.
    /// </summary>
    public static int ProportionalCapacity(int capacity, double metric, double target) =>
        (int)Math.Ceiling((capacity * metric / target) - 1e-9);

    /// <summary>Within the scalable target's (or group's) minimum and maximum capacity.</summary>
    public static int Clamp(int capacity, int min, int max) => Math.Min(max, Math.Max(min, capacity));
}

using System.Globalization;
using EcsScaling.Simulation.CloudWatch;

namespace EcsScaling.Simulation.AutoScaling.TargetTracking;

/// <summary>What a scaler knows of its resource when it evaluates the policies.</summary>
/// <param name="Capacity">The current capacity (desired count or desired capacity).</param>
/// <param name="Measured">The capacity the metric reflects, which the proportion is computed on (EC2: instances past warm-up).</param>
/// <param name="ScaleInBlockedBy">Why scale-in may not happen now (a deployment, instances warming up); null when it may.</param>
public sealed record ScalingInput(int Capacity, int Min, int Max, int Measured, string? ScaleInBlockedBy);

public sealed record ScalingDecision(int Capacity, string Reason);

/// <summary>
/// The target-tracking policies of one scalable resource with the CloudWatch alarms target tracking
/// creates and owns for each (https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html:
/// "Application Auto Scaling creates and manages the CloudWatch alarms that invoke the scaling policy"),
/// and the decision the alarms' actions lead to each minute.
/// </summary>
public sealed class TargetTracker(CloudWatchModel cloudWatch, string resourceId)
{
    private readonly Dictionary<string, (TrackedPolicy Policy, string High, string? Low)> _policies = new(StringComparer.Ordinal);
    private DateTimeOffset? _lastScaleOut;
    private TimeSpan _scaleOutCooldown;
    private int _capacityBeforeScaleOut;
    private DateTimeOffset? _lastScaleIn;
    private TimeSpan _scaleInCooldown;

    public IReadOnlyCollection<TrackedPolicy> Policies => [.. _policies.Values.Select(p => p.Policy)];

    /// <summary>
    /// Creates, replaces or deletes the alarms to match the policies: high = above target for 3 one-minute
    /// datapoints, low = below 90 % of target for 15; no low alarm when scale-in is disabled.
    /// </summary>
    public void Sync(IReadOnlyList<TrackedPolicy> policies)
    {
        foreach (var gone in _policies.Keys.Where(name => policies.All(p => p.Name != name)).ToList())
        {
            cloudWatch.DeleteAlarm(_policies[gone].High);
            if (_policies[gone].Low is { } low)
            {
                cloudWatch.DeleteAlarm(low);
            }

            _policies.Remove(gone);
        }

        foreach (var policy in policies)
        {
            if (_policies.TryGetValue(policy.Name, out var known) && known.Policy.SameAs(policy))
            {
                continue;
            }

            if (known.Low is { } stale)
            {
                cloudWatch.DeleteAlarm(stale);
            }

            var prefix = $"TargetTracking-{resourceId}-";
            var high = cloudWatch.PutMetricAlarm(prefix + "AlarmHigh-" + policy.Name, policy.MetricNamespace, policy.MetricName, policy.Dimensions,
                "GreaterThanThreshold", policy.Target, TargetTrackingRules.ScaleOutPeriods).Name;
            var low = policy.DisableScaleIn ? null : cloudWatch.PutMetricAlarm(prefix + "AlarmLow-" + policy.Name, policy.MetricNamespace, policy.MetricName, policy.Dimensions,
                "LessThanThreshold", policy.Target * TargetTrackingRules.ScaleInThresholdFraction, TargetTrackingRules.ScaleInPeriods).Name;
            _policies[policy.Name] = (policy, high, low);
        }
    }

    /// <summary>
    /// One evaluation. Several policies: scale out when any is ready to, to the largest capacity proposed;
    /// scale in only when every policy with scale-in enabled is ready to, to the largest capacity proposed
    /// ("the largest capacity for both scale out and scale in"). A policy without a datapoint this minute
    /// takes no action. The capacity stays within min/max, and is brought inside them when they change
    /// (RegisterScalableTarget: a current capacity outside the new range is scaled to it).
    /// </summary>
    public ScalingDecision? Decide(ScalingInput input, DateTimeOffset now)
    {
        if (input.Capacity < input.Min || input.Capacity > input.Max)
        {
            var bounded = TargetTrackingRules.Clamp(input.Capacity, input.Min, input.Max);
            return new ScalingDecision(bounded, $"capacity {input.Capacity} outside min/max {input.Min}..{input.Max}");
        }

        var inScaleOutCooldown = _lastScaleOut is { } lastOut && now < lastOut + _scaleOutCooldown;
        int? scaleOut = null;
        TrackedPolicy? outBy = null;
        int? scaleIn = null;
        TrackedPolicy? inBy = null;
        var everyPolicyReadyToScaleIn = _policies.Values.Any(p => p.Low is not null);
        foreach (var (policy, high, low) in _policies.Values)
        {
            var metric = cloudWatch.Find(policy.MetricNamespace, policy.MetricName, policy.Dimensions)?.Latest(now);
            if (metric is null)
            {
                everyPolicyReadyToScaleIn &= low is null;
                continue;
            }

            if (cloudWatch.Alarms[high].State == "ALARM")
            {
                // "While the cooldown period is in effect, the capacity that has been added by the previous scale out
                // event that initiated the cooldown is calculated as part of the desired capacity for the next scale out."
                var basis = inScaleOutCooldown ? _capacityBeforeScaleOut : input.Measured;
                var proposed = TargetTrackingRules.ProportionalCapacity(basis, metric.Value, policy.Target);
                if (proposed > input.Capacity && proposed > (scaleOut ?? 0))
                {
                    (scaleOut, outBy) = (proposed, policy);
                }
            }

            if (low is not null)
            {
                if (cloudWatch.Alarms[low].State != "ALARM")
                {
                    everyPolicyReadyToScaleIn = false;
                    continue;
                }

                var proposed = TargetTrackingRules.ProportionalCapacity(input.Measured, metric.Value, policy.Target);
                if (proposed >= (scaleIn ?? 0))
                {
                    (scaleIn, inBy) = (proposed, policy);
                }
            }
        }

        if (scaleOut is { } outCapacity && TargetTrackingRules.Clamp(outCapacity, input.Min, input.Max) is var target && target > input.Capacity)
        {
            // A scale-out is allowed during a scale-in cooldown ("if another alarm triggers a scale-out activity during the
            // scale-in cooldown period, Application Auto Scaling scales out the target immediately").
            if (!inScaleOutCooldown)
            {
                _capacityBeforeScaleOut = input.Measured;
            }

            (_lastScaleOut, _scaleOutCooldown, _lastScaleIn) = (now, outBy!.ScaleOutCooldown, null);
            return new ScalingDecision(target, $"scale out {input.Capacity} → {target}: {Describe(outBy, now)}");
        }

        if (scaleIn is not { } inCapacity || !everyPolicyReadyToScaleIn || input.ScaleInBlockedBy is not null)
        {
            return null;
        }

        // Scale-in waits out a scale-out cooldown as well as its own ("the cooldown period is used to block subsequent scale in requests until it has expired").
        if (inScaleOutCooldown || (_lastScaleIn is { } lastIn && now < lastIn + _scaleInCooldown))
        {
            return null;
        }

        var lower = TargetTrackingRules.Clamp(inCapacity, input.Min, input.Max);
        if (lower >= input.Capacity)
        {
            return null;
        }

        (_lastScaleIn, _scaleInCooldown) = (now, inBy!.ScaleInCooldown);
        return new ScalingDecision(lower, $"scale in {input.Capacity} → {lower}: {Describe(inBy, now)}");
    }

    private string Describe(TrackedPolicy policy, DateTimeOffset now)
    {
        var metric = cloudWatch.Find(policy.MetricNamespace, policy.MetricName, policy.Dimensions)?.Latest(now) ?? double.NaN;
        return $"policy {policy.Name}, {policy.MetricName} {metric.ToString("0.#", CultureInfo.InvariantCulture)} vs target {policy.Target.ToString("0.#", CultureInfo.InvariantCulture)}";
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.CloudWatch;

namespace EcsScaling.Simulation.AutoScaling.TargetTracking;

/// <summary>
/// EC2 Auto Scaling target tracking on a group's desired capacity, evaluated once a minute with the same
/// alarm pattern as Application Auto Scaling. Instance warm-up
/// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-default-instance-warmup.html):
/// an instance still warming up does not count in the capacity the proportion is computed on (so several
/// breaches asking for the same capacity make one scaling activity), and "blocks scale-in activities for
/// dynamic scaling until the new instances finish warming up". Scale-in lowers the desired capacity; the
/// group then picks instances by its termination policy, skips protected ones and runs the terminate hooks.
/// </summary>
public sealed class GroupScaler(AutoScalingModel autoScaling, CloudWatchModel cloudWatch, VirtualClock clock)
{
    private readonly Dictionary<string, TargetTracker> _trackers = new(StringComparer.Ordinal);

    public void Evaluate(SimGroup group, IReadOnlyList<TrackedPolicy> policies)
    {
        if (!_trackers.TryGetValue(group.Name, out var tracker))
        {
            _trackers[group.Name] = tracker = new TargetTracker(cloudWatch, group.Name);
        }

        tracker.Sync(policies);
        var now = clock.GetUtcNow();
        var staying = group.Instances.Values.Where(i => !i.LifecycleState.StartsWith(LifecycleStates.Terminating, StringComparison.Ordinal)).ToList();
        var warmup = WarmupOf(group, policies);
        var warmed = staying.Count(i => i.InServiceAt is { } at && at + warmup <= now);
        var blocked = warmed < staying.Count ? $"{staying.Count - warmed} instance(s) warming up" : null;
        var decision = tracker.Decide(new ScalingInput(group.DesiredCapacity, group.MinSize, group.MaxSize, warmed, blocked), now);
        if (decision is not null)
        {
            autoScaling.Activities.Add((now, $"{group.Name}: target tracking {decision.Reason}"));
            autoScaling.SetDesiredCapacity(group.Name, decision.Capacity);
        }
    }

    /// <summary>
    /// The group's default instance warmup, or the policies' EstimatedInstanceWarmup where set (the longest, when several
    /// policies set different ones: this model counts one warmed capacity per group, not one per policy).
    /// </summary>
    public static TimeSpan WarmupOf(SimGroup group, IReadOnlyList<TrackedPolicy> policies) =>
        policies.Count > 0 ? policies.Max(p => p.InstanceWarmup ?? group.DefaultInstanceWarmup) : group.DefaultInstanceWarmup;

    /// <summary>The group's target-tracking policies in the store (those the policies function wrote).</summary>
    public static IReadOnlyList<TrackedPolicy> StoredPolicies(IEnumerable<TargetTrackingPolicy> store, string groupName) =>
        [.. store.Where(p => p.Resource.Kind == ScalableResourceKind.AutoScalingGroup && p.Resource.Id == groupName).Select(TrackedPolicy.From)];
}

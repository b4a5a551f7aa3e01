using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling.TargetTracking;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.AutoScaling;

/// <summary>
/// An Auto Scaling group capacity provider with managed scaling, managed termination protection and
/// managed draining — AWS's recommended way to scale an ECS cluster on EC2
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-auto-scaling.html).
/// </summary>
public sealed class SimCapacityProvider(string name, SimGroup group, EcsModel ecs, AutoScalingModel autoScaling, CloudWatchModel cloudWatch, VirtualClock clock)
{
    /// <summary>The terminate lifecycle hook ECS installs for managed draining.</summary>
    public const string ManagedDrainingHook = "ecs-managed-draining-termination-hook";

    public const string MetricNamespace = "AWS/ECS/ManagedScaling";

    public const string MetricName = "CapacityProviderReservation";

    public string Name => name;

    public SimGroup Group => group;

    /// <summary>targetCapacity: 100 keeps no spare instance; below 100 keeps that much free capacity.</summary>
    public int TargetCapacity { get; init; } = 100;

    /// <summary>
    /// instanceWarmupPeriod of managed scaling: "The period of time, in seconds, after a newly launched Amazon EC2 instance can
    /// contribute to CloudWatch metrics for Auto Scaling group", default 300 (ManagedScaling API reference); ECS puts it on the
    /// policy it creates, where it overrides the group's default instance warmup.
    /// </summary>
    public TimeSpan InstanceWarmupPeriod { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>
    /// The target-tracking policy ECS creates on the group: CapacityProviderReservation at targetCapacity
    /// ("Amazon ECS manages a target tracking scaling policy using an Amazon ECS managed CloudWatch metric with the
    /// specified targetCapacity value as the target value", ManagedScaling API reference).
    /// </summary>
    public TrackedPolicy Policy => new("ECSManagedAutoScalingPolicy", MetricNamespace, MetricName,
        [new("CapacityProviderName", name), new("ClusterName", group.Cluster.Name)], TargetCapacity) { InstanceWarmup = InstanceWarmupPeriod };

    /// <summary>
    /// Managed termination protection needs instance scale-in protection on the group ("You must turn on Auto Scaling
    /// instance scale-in protection on the Auto Scaling group"); managed draining installs its terminate hook.
    /// </summary>
    public void Attach()
    {
        ecs.CapacityProviders.Add(this);
        group.NewInstancesProtectedFromScaleIn = true;
        autoScaling.SetInstanceProtection(group.Name, [.. group.Instances.Keys], true);
        autoScaling.PutLifecycleHook(group.Name, ManagedDrainingHook, LifecycleTransition.Terminating, TimeSpan.FromHours(1), LifecycleResult.Continue);
    }

    /// <summary>
    /// CapacityProviderReservation = M ÷ N × 100, N the instances the group runs and M the instances needed:
    /// those running at least one non-daemon task, plus enough for the tasks that could not be placed; with N = 0 it
    /// is 200 while tasks wait and 100 otherwise (cluster auto scaling, "How managed scaling works").
    /// </summary>
    public double Reservation()
    {
        var running = group.Instances.Values.Count(i => !i.LifecycleState.StartsWith(LifecycleStates.Terminating, StringComparison.Ordinal));
        var needed = Needed();
        return running == 0 ? (needed > 0 ? 200 : 100) : 100.0 * needed / running;
    }

    /// <summary>Once a minute: protection and the metric; the group's scaler evaluates <see cref="Policy"/> on it.</summary>
    public void Tick()
    {
        ProtectBusyInstances();
        cloudWatch.PutMetricData(MetricNamespace, [new MetricDatum(MetricName, Reservation(), "Percent", Policy.Dimensions, clock.GetUtcNow())]);
    }

    /// <summary>
    /// Managed draining: an instance held by ECS's hook is set DRAINING, and the hook is completed once only daemon
    /// tasks remain ("When you enable this, Amazon ECS manages and gracefully drains the EC2 container instances").
    /// </summary>
    public void Drain()
    {
        foreach (var instance in group.Instances.Values.Where(i => i.PendingActions.ContainsKey(ManagedDrainingHook)).ToList())
        {
            if (ecs.InstancesByEc2Id.GetValueOrDefault(instance.InstanceId) is not { } container)
            {
                continue;
            }

            if (container.Status == ContainerInstanceStatus.Active)
            {
                ecs.SetInstanceStatus(container, ContainerInstanceStatus.Draining);
            }

            if (!container.Tasks.Any(t => t.IsActive && !t.IsDaemon))
            {
                autoScaling.CompleteLifecycleAction(new LifecycleActionRef(group.Name, ManagedDrainingHook, instance.InstanceId, null), LifecycleResult.Continue);
            }
        }
    }

    /// <summary>
    /// Managed termination protection: "Amazon ECS only terminates EC2 instances that don't have any running Amazon ECS
    /// tasks. Tasks that are run by a service that uses the DAEMON scheduling strategy are ignored."
    /// </summary>
    private void ProtectBusyInstances()
    {
        var wanted = group.Instances.Values
            .Where(i => i.LifecycleState == LifecycleStates.InService && ecs.InstancesByEc2Id.ContainsKey(i.InstanceId))
            .GroupBy(i => ecs.InstancesByEc2Id[i.InstanceId].Tasks.Any(t => t.IsActive && !t.IsDaemon))
            .ToList();
        foreach (var side in wanted)
        {
            var change = side.Where(i => i.ProtectedFromScaleIn != side.Key).Select(i => i.InstanceId).ToList();
            if (change.Count > 0)
            {
                autoScaling.SetInstanceProtection(group.Name, change, side.Key);
            }
        }
    }

    private int Needed()
    {
        var busy = group.Instances.Keys.Count(id => ecs.InstancesByEc2Id.GetValueOrDefault(id)?.Tasks.Any(t => t.IsActive && !t.IsDaemon) == true);
        var daemons = group.Cluster.Services.Values.Where(s => s.IsDaemon).Aggregate(Resources.Zero, (sum, s) => sum + s.Definition.Reserved);
        var room = group.InstanceCapacity - daemons;
        var waiting = group.Cluster.Services.Values.Where(s => !s.IsDaemon && !s.IsFargate)
            .Aggregate(Resources.Zero, (sum, s) => sum + PackingBound.Times(s.Definition.Reserved, Math.Max(0, s.DesiredCount - s.ActiveCount)));
        return busy + PackingBound.Instances(waiting, room);
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.AutoScaling;

/// <summary>An instance that went away with tasks not STOPPED; SpotReclaim when EC2 took it back after the two-minute warning, which nothing can extend.</summary>
public sealed record UnsafeTermination(DateTimeOffset At, string InstanceId, IReadOnlyList<string> LiveTaskArns, bool SpotReclaim);

/// <summary>
/// EC2 Auto Scaling groups: desired capacity, the instance lifecycle with its hooks
/// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/lifecycle-hooks.html), scale-in
/// protection and the default termination policy; Spot interruptions come from EC2.
/// Instances register in their ECS cluster after a boot delay, and leave it when terminated.
/// </summary>
public sealed partial class AutoScalingModel(VirtualClock clock, Random random, SimIds ids, Ec2Timings timings, EventBus bus, EcsModel ecs)
{
    public Dictionary<string, SimGroup> Groups { get; } = new(StringComparer.Ordinal);

    /// <summary>Instance id → group, for every instance not yet Terminated.</summary>
    public Dictionary<string, SimAsgInstance> Instances { get; } = new(StringComparer.Ordinal);

    public List<SimLifecycleAction> LifecycleActions { get; } = [];

    public List<UnsafeTermination> UnsafeTerminations { get; } = [];

    /// <summary>Terminations while a daemon task ECS had asked to stop was still stopping (a log shipper's last flush cut off); LiveTaskArns are those daemons.</summary>
    public List<UnsafeTermination> DaemonShutdownsCutShort { get; } = [];

    /// <summary>What DescribeScalingActivities would list, for narration.</summary>
    public List<(DateTimeOffset At, string Message)> Activities { get; } = [];

    /// <summary>Creates a group; its initial instances are InService and registered at once (a warmed-up cluster).</summary>
    public SimGroup CreateGroup(string name, SimCluster cluster, int desired, Resources instanceCapacity, IReadOnlyList<string> availabilityZones, GroupSpec? spec = null)
    {
        spec ??= new GroupSpec();
        var group = new SimGroup(name, ids.Arn("autoscaling", $"autoScalingGroup:{ids.Uuid()}:autoScalingGroupName/{name}"), cluster, instanceCapacity, availabilityZones)
        {
            MinSize = spec.MinSize ?? 0,
            MaxSize = spec.MaxSize ?? Math.Max(desired * 2, 1),
            DesiredCapacity = desired,
            NewInstancesProtectedFromScaleIn = spec.NewInstancesProtectedFromScaleIn,
            CapacityRebalance = spec.CapacityRebalance,
            RetainsAbandonedInstances = spec.RetainsAbandonedInstances,
            InstanceAttributes = new Dictionary<string, string?>(spec.InstanceAttributes, StringComparer.Ordinal),
        };
        Groups[name] = group;
        for (var i = 0; i < desired; i++)
        {
            var instance = AddInstance(group);
            instance.LifecycleState = LifecycleStates.InService;
            instance.InServiceAt = clock.GetUtcNow() - group.DefaultInstanceWarmup;
            RegisterWithEcs(group, instance);
        }

        return group;
    }

    public SimGroup GetGroup(string name) =>
        Groups.TryGetValue(name, out var group) ? group : throw new KeyNotFoundException($"Auto Scaling group '{name}' does not exist");

    /// <summary>PutLifecycleHook: heartbeat timeout 30–7200 s (default 3600), default result CONTINUE|ABANDON.</summary>
    public LifecycleHook PutLifecycleHook(string groupName, string hookName, LifecycleTransition transition, TimeSpan? heartbeatTimeout = null, LifecycleResult defaultResult = LifecycleResult.Abandon, string? metadata = null)
    {
        var group = GetGroup(groupName);
        var heartbeat = heartbeatTimeout ?? TimeSpan.FromSeconds(3600);
        if (heartbeat < TimeSpan.FromSeconds(30) || heartbeat > TimeSpan.FromSeconds(7200))
        {
            throw new ArgumentException($"heartbeat timeout {heartbeat.TotalSeconds} s is outside 30–7200 s");
        }

        // The global timeout is min(48 h, 100 × heartbeat timeout) (CompleteLifecycleAction / lifecycle hook docs).
        var global = TimeSpan.FromSeconds(Math.Min(172800, heartbeat.TotalSeconds * 100));
        var hook = new LifecycleHook(groupName, hookName, transition, heartbeat, global, defaultResult, metadata);
        group.Hooks[hookName] = hook;
        return hook;
    }

    /// <summary>SetDesiredCapacity: must stay within MinSize..MaxSize; the group launches or terminates to match.</summary>
    public void SetDesiredCapacity(string groupName, int desired)
    {
        var group = GetGroup(groupName);
        if (desired < group.MinSize || desired > group.MaxSize)
        {
            throw new ArgumentException($"desired capacity {desired} is outside {group.MinSize}..{group.MaxSize} for group {groupName}");
        }

        group.DesiredCapacity = desired;
        Reconcile(group);
    }

    /// <summary>SetInstanceProtection; returns false when an instance is not in the group (the API's ValidationError).</summary>
    public bool SetInstanceProtection(string groupName, IReadOnlyList<string> instanceIds, bool protect)
    {
        var group = GetGroup(groupName);
        if (instanceIds.Any(id => !group.Instances.ContainsKey(id)))
        {
            return false;
        }

        foreach (var id in instanceIds)
        {
            group.Instances[id].ProtectedFromScaleIn = protect;
        }

        return true;
    }

    /// <summary>
    /// TerminateInstanceInAutoScalingGroup: goes through the terminate hooks like any scale-in. A retained instance
    /// (Terminating:Retained) has been through them already: it is terminated, the only way out of retention
    /// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/manage-retained-instances.html).
    /// </summary>
    public void TerminateInstance(string instanceId, bool decrementDesiredCapacity)
    {
        var instance = Instances.TryGetValue(instanceId, out var found) ? found : throw new KeyNotFoundException($"instance {instanceId} is not in an Auto Scaling group");
        var group = Groups[instance.GroupName];
        if (LifecycleStates.IsRetained(instance.LifecycleState))
        {
            Activities.Add((clock.GetUtcNow(), $"{group.Name}: terminating retained {instance.InstanceId} (terminated by request)"));
            Proceed(group, instance);
            return;
        }

        if (decrementDesiredCapacity)
        {
            group.DesiredCapacity = Math.Max(group.MinSize, group.DesiredCapacity - 1);
        }

        BeginTermination(group, instance, "terminated by request");
        Reconcile(group);
    }

    /// <summary>
    /// Spot interruption: the warning event now, and two minutes later EC2 reclaims the instance
    /// whatever its hooks say (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html).
    /// </summary>
    public void InterruptSpot(string instanceId)
    {
        bus.Publish(OtherEventJson.SpotInterruptionWarning(ids, clock.GetUtcNow(), instanceId));
        Activities.Add((clock.GetUtcNow(), $"EC2 sent a Spot interruption warning for {instanceId}: reclaimed in {timings.SpotWarning.TotalSeconds:0} s"));
        clock.Schedule(timings.SpotWarning, () =>
        {
            if (Instances.TryGetValue(instanceId, out var instance))
            {
                Terminated(Groups[instance.GroupName], instance, "Spot capacity reclaimed by EC2", spotReclaim: true);
            }
        });
    }

    /// <summary>
    /// The group keeps its number of instances at its desired capacity: after scale-in protection is lifted a
    /// lowered desired capacity is acted on ("the Auto Scaling group can't terminate the required number of
    /// instances until their instance scale-in protection settings are disabled",
    /// https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-instance-protection.html).
    /// </summary>
    public void ReconcileAll()
    {
        foreach (var group in Groups.Values)
        {
            Reconcile(group);
        }
    }

    private SimAsgInstance AddInstance(SimGroup group)
    {
        // Launches balance instances across the group's Availability Zones.
        var az = group.AvailabilityZones.OrderBy(z => group.Instances.Values.Count(i => i.AvailabilityZone == z)).First();
        var instance = new SimAsgInstance(ids.Ec2InstanceId(), group.Name, az, clock.GetUtcNow())
        {
            ProtectedFromScaleIn = group.NewInstancesProtectedFromScaleIn,
        };
        group.Instances[instance.InstanceId] = instance;
        Instances[instance.InstanceId] = instance;
        return instance;
    }

    private void RegisterWithEcs(SimGroup group, SimAsgInstance instance) =>
        ecs.RegisterInstance(group.Cluster, instance.InstanceId, instance.AvailabilityZone, group.InstanceCapacity, group.InstanceAttributes);
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.AutoScaling;

public sealed partial class AutoScalingModel
{
    private static bool IsLeaving(SimAsgInstance instance) => instance.LifecycleState.StartsWith(LifecycleStates.Terminating, StringComparison.Ordinal);

    private void Reconcile(SimGroup group)
    {
        // An instance Capacity Rebalancing is replacing counts as gone: its replacement stands for it.
        var staying = group.Instances.Values.Where(i => !IsLeaving(i) && i.ReplacedBy is null).ToList();
        for (var i = staying.Count; i < group.DesiredCapacity; i++)
        {
            Launch(group);
        }

        for (var i = staying.Count; i > group.DesiredCapacity; i--)
        {
            if (ChooseScaleInVictim(group) is not { } victim)
            {
                if (group.LastProtectedNotice != group.DesiredCapacity)
                {
                    group.LastProtectedNotice = group.DesiredCapacity;
                    Activities.Add((clock.GetUtcNow(), $"{group.Name}: cannot scale in further, every remaining instance is protected from scale-in"));
                }

                break;
            }

            BeginTermination(group, victim, "scale-in: desired capacity lowered");
        }
    }

    /// <summary>
    /// Default termination policy (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html):
    /// the AZ with the most instances that has an unprotected one, then (all launch templates
    /// being equal here) a random unprotected instance in it. Protected instances are never chosen.
    /// </summary>
    private SimAsgInstance? ChooseScaleInVictim(SimGroup group)
    {
        var inService = group.Instances.Values.Where(i => !IsLeaving(i)).ToList();
        var candidates = inService.Where(i => !i.ProtectedFromScaleIn).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var perAz = inService.GroupBy(i => i.AvailabilityZone).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var most = candidates.Max(i => perAz[i.AvailabilityZone]);
        var inBusiestAz = candidates.Where(i => perAz[i.AvailabilityZone] == most).ToList();
        return inBusiestAz[random.Next(inBusiestAz.Count)];
    }

    private SimAsgInstance Launch(SimGroup group)
    {
        var instance = AddInstance(group);
        Activities.Add((clock.GetUtcNow(), $"{group.Name}: launching {instance.InstanceId} in {instance.AvailabilityZone}"));
        clock.Schedule(timings.BootToRegistration, () =>
        {
            if (Instances.ContainsKey(instance.InstanceId))
            {
                RegisterWithEcs(group, instance);
                if (instance.LifecycleState == LifecycleStates.Pending)
                {
                    EnterService(group, instance);
                }
            }
        });
        StartActions(group, instance, LifecycleTransition.Launching, LifecycleStates.PendingWait);
        return instance;
    }

    private void BeginTermination(SimGroup group, SimAsgInstance instance, string cause)
    {
        if (IsLeaving(instance))
        {
            return;
        }

        instance.LifecycleState = LifecycleStates.Terminating;
        Activities.Add((clock.GetUtcNow(), $"{group.Name}: terminating {instance.InstanceId} in {instance.AvailabilityZone} ({cause})"));
        if (!StartActions(group, instance, LifecycleTransition.Terminating, LifecycleStates.TerminatingWait))
        {
            Proceed(group, instance);
        }
    }

    /// <summary>One action per hook of the transition, announced as an EventBridge lifecycle action; false when there is none.</summary>
    private bool StartActions(SimGroup group, SimAsgInstance instance, LifecycleTransition transition, string waitState)
    {
        var hooks = group.Hooks.Values.Where(h => h.Transition == transition).ToList();
        if (hooks.Count == 0)
        {
            return false;
        }

        instance.LifecycleState = waitState;
        var now = clock.GetUtcNow();
        foreach (var hook in hooks)
        {
            var action = new SimLifecycleAction(hook, instance.InstanceId, ids.Uuid(), now)
            {
                HeartbeatDeadline = now + hook.HeartbeatTimeout,
                GlobalDeadline = now + hook.GlobalTimeout,
            };
            instance.PendingActions[hook.HookName] = action;
            LifecycleActions.Add(action);
            ScheduleTimeout(action);
            bus.Publish(OtherEventJson.LifecycleAction(ids, now, group.Arn, hook, instance.InstanceId, action.Token));
        }

        return true;
    }

    private void ScheduleTimeout(SimLifecycleAction action)
    {
        var deadline = action.HeartbeatDeadline;
        clock.ScheduleAt(deadline, () =>
        {
            if (action.FinishedAt is null && action.HeartbeatDeadline == deadline)
            {
                action.TimedOut = true;
                Activities.Add((clock.GetUtcNow(), $"lifecycle hook {action.Hook.HookName} on {action.InstanceId} timed out: default result {action.Hook.DefaultResult}"));
                Finish(action, action.Hook.DefaultResult);
            }
        });
    }

    private void Finish(SimLifecycleAction action, LifecycleResult result)
    {
        action.FinishedAt = clock.GetUtcNow();
        action.Result = result;
        if (!Instances.TryGetValue(action.InstanceId, out var instance))
        {
            return;
        }

        instance.PendingActions.Remove(action.Hook.HookName);
        var group = Groups[instance.GroupName];

        // ABANDON stops the remaining hooks of the transition at once.
        if (result == LifecycleResult.Abandon)
        {
            instance.PendingActions.Clear();
        }

        if (instance.PendingActions.Count > 0)
        {
            return;
        }

        if (action.Hook.Transition == LifecycleTransition.Terminating && result == LifecycleResult.Abandon && group.RetainsAbandonedInstances)
        {
            Retain(group, instance);
            Reconcile(group);
        }
        else if (action.Hook.Transition == LifecycleTransition.Terminating || result == LifecycleResult.Abandon)
        {
            Proceed(group, instance);
            Reconcile(group);
        }
        else
        {
            EnterService(group, instance);
        }
    }

    /// <summary>
    /// Instance lifecycle policy (https://docs.aws.amazon.com/autoscaling/ec2/userguide/instance-lifecycle-policy.html):
    /// with TerminateHookAbandon = retain, a terminate hook abandoned by CompleteLifecycleAction or by a timeout whose
    /// default result is ABANDON moves the instance through Terminating:Proceed to Terminating:Retained instead of
    /// terminating it. It keeps running (its ECS tasks too), no longer counts toward the desired capacity (the group
    /// launches a replacement) and stays until TerminateInstanceInAutoScalingGroup. Without the policy, or with
    /// terminate, ABANDON terminates the instance as CONTINUE does.
    /// </summary>
    private void Retain(SimGroup group, SimAsgInstance instance)
    {
        instance.LifecycleState = LifecycleStates.TerminatingRetained;
        Activities.Add((clock.GetUtcNow(), $"{group.Name}: {instance.InstanceId} retained (terminate hook abandoned, instance lifecycle policy retains): waits for TerminateInstanceInAutoScalingGroup"));
    }

    private void Proceed(SimGroup group, SimAsgInstance instance)
    {
        instance.LifecycleState = LifecycleStates.TerminatingProceed;
        clock.Schedule(timings.Shutdown, () => Terminated(group, instance, "shutdown complete"));
    }

    /// <summary>The EC2 instance is gone; anything still running on it is lost, which the scenario invariants look at.</summary>
    private void Terminated(SimGroup group, SimAsgInstance instance, string cause, bool spotReclaim = false)
    {
        if (!Instances.Remove(instance.InstanceId))
        {
            return;
        }

        if (ecs.InstancesByEc2Id.TryGetValue(instance.InstanceId, out var container))
        {
            var live = container.Tasks.Where(t => !t.IsStopped && !t.IsDaemon).Select(t => t.Arn).ToList();
            if (live.Count > 0)
            {
                UnsafeTerminations.Add(new UnsafeTermination(clock.GetUtcNow(), instance.InstanceId, live, spotReclaim));
            }

            var stopping = container.Tasks.Where(t => !t.IsStopped && t.IsDaemon && !t.IsActive).Select(t => t.Arn).ToList();
            if (stopping.Count > 0)
            {
                DaemonShutdownsCutShort.Add(new UnsafeTermination(clock.GetUtcNow(), instance.InstanceId, stopping, spotReclaim));
            }
        }

        foreach (var pending in instance.PendingActions.Values)
        {
            pending.FinishedAt ??= clock.GetUtcNow();
        }

        instance.PendingActions.Clear();
        instance.LifecycleState = LifecycleStates.Terminated;
        group.Instances.Remove(instance.InstanceId);
        ecs.InstanceTerminated(instance.InstanceId);
        Activities.Add((clock.GetUtcNow(), $"{group.Name}: {instance.InstanceId} terminated ({cause})"));
        Reconcile(group);
    }
}

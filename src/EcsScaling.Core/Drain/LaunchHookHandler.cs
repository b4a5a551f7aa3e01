using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Launch hook: CONTINUE once the instance's container instance is ACTIVE with its agent connected.
/// We never ABANDON and never CONTINUE early: an instance that does not join in time is rejected by
/// the hook itself (its HeartbeatTimeout with DefaultResult ABANDON, set in the template).
/// </summary>
public sealed class LaunchHookHandler(DrainContext context)
{
    public const string Step = "launch-hook";

    /// <summary>The lifecycle event's Destination when an instance launches into a warm pool.</summary>
    public const string WarmPoolDestination = "WarmPool";

    public static bool HasJoined(ContainerInstance? instance) =>
        instance is { Status: ContainerInstanceStatus.Active, AgentConnected: true };

    /// <summary>Decides for one instance held in Pending:Wait by the given hooks of ours.</summary>
    public static DrainDecision Decide(string instanceId, string groupName, IReadOnlyList<string> hookNames, ContainerInstance? instance)
    {
        var hooks = string.Join(",", hookNames);
        if (!HasJoined(instance))
        {
            var state = instance is null ? "not registered yet" : $"{instance.Status}, agent connected {instance.AgentConnected}";
            return new DrainDecision(Step, instanceId, $"waiting for the container instance ({state}); the hook's timeout ABANDONs it if it never joins", [],
                groupName, instance?.ClusterArn, instance?.Arn, hooks);
        }

        IReadOnlyList<DrainAction> actions = [.. hookNames.Select(h => DrainAction.Complete(new LifecycleActionRef(groupName, h, instanceId, Token: null), LifecycleResult.Continue))];
        return new DrainDecision(Step, instanceId, "container instance ACTIVE and agent connected: completing with CONTINUE", actions,
            groupName, instance!.ClusterArn, instance.Arn, hooks);
    }

    public async Task<DrainDecision> HandleAsync(LifecycleActionEvent e, CancellationToken cancellationToken)
    {
        var action = e.Action;
        if (!context.Options.OwnsGroup(action.GroupName) || !context.Options.OwnsHook(action.HookName, LifecycleTransition.Launching))
        {
            return DrainDecision.Ignored(Step, action.InstanceId, $"hook {action.HookName} of group {action.GroupName} is not one of ours");
        }

        // A warm-pool instance is prepared and stopped without joining ECS (its user data skips the
        // agent there); waiting for it would let the hook time out and ABANDON a healthy instance.
        if (string.Equals(e.Destination, WarmPoolDestination, StringComparison.OrdinalIgnoreCase))
        {
            return new DrainDecision(Step, action.InstanceId, "launching into the warm pool, where it does not join ECS: completing with CONTINUE",
                [DrainAction.Complete(action, LifecycleResult.Continue)], action.GroupName, HookName: action.HookName);
        }

        return Decide(action.InstanceId, action.GroupName, [action.HookName], await new InstanceLocator(context).FindAsync(action.InstanceId, cancellationToken));
    }

    /// <summary>
    /// A container instance just became ACTIVE: complete our launch hooks if the ASG still holds it
    /// in Pending:Wait. The ASG is asked first (most such events are for instances long in service),
    /// then the container instance is described, since events arrive late and out of order.
    /// </summary>
    public async Task<DrainDecision> HandleJoinedAsync(string clusterArn, string containerInstanceArn, string ec2InstanceId, CancellationToken cancellationToken)
    {
        var locator = new InstanceLocator(context);
        var asg = await locator.FindInOurGroupsAsync(ec2InstanceId, cancellationToken);
        if (asg is null || !LifecycleStates.IsPendingWait(asg.LifecycleState))
        {
            return DrainDecision.Ignored(Step, ec2InstanceId, asg is null ? "not in any of our Auto Scaling groups" : $"no launch action pending ({asg.LifecycleState})");
        }

        var hooks = await new HookResolver(context).OurHookNamesAsync(asg.GroupName, LifecycleTransition.Launching, cancellationToken);
        return Decide(ec2InstanceId, asg.GroupName, hooks, await locator.DescribeAsync(clusterArn, containerInstanceArn, cancellationToken));
    }
}

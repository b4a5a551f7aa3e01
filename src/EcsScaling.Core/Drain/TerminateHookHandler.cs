using EcsScaling.Core.Disruption;
using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// A terminate lifecycle action of ours, confirmed with Auto Scaling: start the drain and stop there;
/// completion is driven by the ECS events and the sweeper. An instance that never joined our clusters
/// is released at once.
/// </summary>
public sealed class TerminateHookHandler(DrainContext context)
{
    public const string Step = "terminate-hook";

    public async Task<DrainDecision> HandleAsync(LifecycleActionEvent e, CancellationToken cancellationToken)
    {
        var action = e.Action;
        if (!context.Options.OwnsGroup(action.GroupName) || !context.Options.OwnsHook(action.HookName, LifecycleTransition.Terminating))
        {
            return DrainDecision.Ignored(Step, action.InstanceId, $"hook {action.HookName} of group {action.GroupName} is not one of ours");
        }

        // An event (an SNS delivery above all: anyone allowed to publish to the topic can write one) can name our
        // group and hook with any instance id, another group's included: drain or complete only what Auto Scaling
        // says our group is terminating, before any mutating step.
        if (!await IsHeldByThisGroupAsync(action, cancellationToken))
        {
            return DrainDecision.Ignored(Step, action.InstanceId, $"{action.InstanceId} is not in Terminating:Wait in group {action.GroupName}: not ours to drain or complete");
        }

        var locator = new InstanceLocator(context);
        if (await locator.FindActiveAsync(action.InstanceId, cancellationToken) is { } active)
        {
            // The usual case costs no describe (the Auto Scaling check above is the call it pays for instead).
            return await new DisruptionGate(context).PassAsync(DrainStarter.Decide(Step, active, "terminate-hook", context.Now, action.GroupName, action.HookName), active, DisruptionReason.ScaleIn, cancellationToken);
        }

        var instance = await locator.FindAsync(action.InstanceId, cancellationToken);

        if (instance is null || !DrainStarter.CanDrain(instance))
        {
            var why = instance is null ? "not registered in any of our clusters (it never joined)" : $"container instance is {instance.Status}: nothing runs there";
            return new DrainDecision(Step, action.InstanceId, $"{why}: completing with CONTINUE", [DrainAction.Complete(action, LifecycleResult.Continue)],
                action.GroupName, instance?.ClusterArn, instance?.Arn, action.HookName);
        }

        return await new DisruptionGate(context).PassAsync(DrainStarter.Decide(Step, instance, "terminate-hook", context.Now, action.GroupName, action.HookName), instance, DisruptionReason.ScaleIn, cancellationToken);
    }

    private async Task<bool> IsHeldByThisGroupAsync(LifecycleActionRef action, CancellationToken cancellationToken)
    {
        var held = context.Held.TryGetValue(action.InstanceId, out var read) ? read : await context.Gateways.AutoScaling.DescribeInstanceAsync(action.InstanceId, cancellationToken);
        return held is not null && held.GroupName == action.GroupName && LifecycleStates.IsTerminatingWait(held.LifecycleState);
    }
}

using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// A terminate lifecycle action of ours: start the drain and stop there; completion is driven by
/// the ECS events and the sweeper. An instance that never joined our clusters is released at once.
/// </summary>
public sealed class TerminateHookHandler(DrainContext context)
{
    public const string Step = "terminate-hook";

    public async Task<DrainDecision> HandleAsync(LifecycleActionEvent e, CancellationToken ct)
    {
        var action = e.Action;
        if (!context.Options.OwnsGroup(action.GroupName) || !context.Options.OwnsHook(action.HookName, LifecycleTransition.Terminating))
        {
            return DrainDecision.Ignored(Step, action.InstanceId, $"hook {action.HookName} of group {action.GroupName} is not one of ours");
        }

        var instance = await new InstanceLocator(context).FindAsync(action.InstanceId, ct);
        if (instance is null || !DrainStarter.CanDrain(instance))
        {
            var why = instance is null ? "not registered in any of our clusters (it never joined)" : $"container instance is {instance.Status}: nothing runs there";
            return new DrainDecision(Step, action.InstanceId, $"{why}: completing with CONTINUE", [DrainAction.Complete(action, LifecycleResult.Continue)],
                action.GroupName, instance?.ClusterArn, instance?.Arn, action.HookName);
        }

        return DrainStarter.Decide(Step, instance, "terminate-hook", context.Now, action.GroupName, action.HookName);
    }
}

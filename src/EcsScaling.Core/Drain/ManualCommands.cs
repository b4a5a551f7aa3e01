using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>On-call commands by EC2 instance id: drain, undrain, force-complete. Each returns its plan; the coordinator applies it unless dry-run.</summary>
public sealed class ManualCommands(DrainContext context)
{
    public async Task<DrainDecision> DrainAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await new InstanceLocator(context).FindAsync(instanceId, cancellationToken);
        return instance is null || !DrainStarter.CanDrain(instance)
            ? DrainDecision.Ignored("manual-drain", instanceId, NotDrainable(instanceId, instance))
            : await new DisruptionGate(context).PassAsync(DrainStarter.Decide("manual-drain", instance, "manual", context.Now), instance, DisruptionReason.Manual, cancellationToken);
    }

    /// <summary>ACTIVE again and our attributes removed, so a later drain starts a fresh clock.</summary>
    public async Task<DrainDecision> UndrainAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await new InstanceLocator(context).FindAsync(instanceId, cancellationToken);
        if (instance is null || !DrainStarter.CanDrain(instance))
        {
            return DrainDecision.Ignored("manual-undrain", instanceId, NotDrainable(instanceId, instance));
        }

        // A retained instance never comes back into its group (Auto Scaling lets it go only by termination): ACTIVE
        // again, ECS would place new tasks on an instance that is leaving.
        if (DrainAttributes.AbandonedAt(instance) is { } abandoned)
        {
            return DrainDecision.Ignored("manual-undrain", instanceId,
                $"its drain was abandoned at {DrainAttributes.FormatTime(abandoned)} (held by {string.Join(", ", DrainAttributes.ReadHeldBy(instance.Attributes))}): "
                + $"its group retained it or terminates it, and a retained instance leaves only by termination: {AbandonAdvice.ForRetained(instanceId)}");
        }

        var actions = new List<DrainAction>();
        if (instance.Status == ContainerInstanceStatus.Draining)
        {
            actions.Add(DrainAction.SetActive(instance));
        }

        var ours = DrainAttributes.All.Where(instance.Attributes.ContainsKey).ToArray();
        if (ours.Length > 0)
        {
            actions.Add(DrainAction.DeleteAttributes(instance, ours));
        }

        var reason = actions.Count == 0 ? "already ACTIVE with no drain attributes" : $"undrain: setting {instanceId} ACTIVE (was {instance.Status})";
        return new DrainDecision("manual-undrain", instanceId, reason, actions, null, instance.ClusterArn, instance.Arn);
    }

    /// <summary>Completes our pending hook(s) on the instance with the given result, whatever the drain's state.</summary>
    public async Task<DrainDecision> ForceCompleteAsync(string instanceId, LifecycleResult result, string reason, CancellationToken cancellationToken)
    {
        const string Step = "force-complete";
        var asg = await new InstanceLocator(context).FindInOurGroupsAsync(instanceId, cancellationToken);
        var transition = asg is null ? (LifecycleTransition?)null
            : LifecycleStates.IsTerminatingWait(asg.LifecycleState) ? LifecycleTransition.Terminating
            : LifecycleStates.IsPendingWait(asg.LifecycleState) ? LifecycleTransition.Launching
            : null;
        if (asg is null || transition is null)
        {
            return DrainDecision.Ignored(Step, instanceId, asg is null ? "not in any of our Auto Scaling groups" : $"no lifecycle action pending ({asg.LifecycleState})");
        }

        var hooks = await new HookResolver(context).OurHookNamesAsync(asg.GroupName, transition.Value, cancellationToken);
        return new DrainDecision(Step, instanceId, $"forced by operator with {LifecycleResultText.Wire.Of(result)}: {reason}",
            CompletionChecker.CompleteAll(asg.GroupName, asg.InstanceId, hooks, result), asg.GroupName, HookName: string.Join(",", hooks), Forced: true);
    }

    private string NotDrainable(string instanceId, ContainerInstance? instance) => instance is null
        ? $"{instanceId} is not registered in any configured cluster ({string.Join(", ", context.Options.Clusters)})"
        : $"container instance of {instanceId} is {instance.Status}";
}

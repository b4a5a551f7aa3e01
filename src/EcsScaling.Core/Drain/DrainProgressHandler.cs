using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Event-driven completion: an ECS Container Instance State Change (DRAINING) or Task State Change
/// (STOPPED) may be the last step of a drain. Cheap checks come first so that most events cost no
/// call or one read, and no task listing; a DRAINING event carrying our drain attributes goes
/// straight to the task and target check. A queue batch triages its events first and then checks
/// all the instances they point at together.
/// </summary>
public sealed class DrainProgressHandler(DrainContext context)
{
    public async Task<DrainDecision> HandleAsync(ContainerInstanceStateChanged e, CancellationToken cancellationToken) => await FinishAsync(await TriageAsync(e, cancellationToken), cancellationToken);

    public async Task<DrainDecision> HandleAsync(TaskStateChanged e, CancellationToken cancellationToken) => await FinishAsync(await TriageAsync(e, cancellationToken), cancellationToken);

    /// <summary>What the event leads to without listing tasks: a decision, or the DRAINING instance of ours to check.</summary>
    public async Task<ProgressTriage> TriageAsync(ContainerInstanceStateChanged e, CancellationToken cancellationToken)
    {
        // ECS sends one of these per task start/stop on the instance. While tasks still count as
        // running (daemons included: ECS stops them last) nothing can be complete, so those cost no
        // call; the event at zero and the sweeper (which, outside a mass drain, also completes
        // daemon-only instances) finish the drain.
        if (e.Status == ContainerInstanceStatus.Draining && e.RunningTasksCount is > 0)
        {
            return DrainDecision.Ignored(CompletionChecker.Step, e.Ec2InstanceId, $"draining, {e.RunningTasksCount} task(s) still counted as running");
        }

        // runningTasksCount reaches 0 while tasks are still DEACTIVATING (their targets draining);
        // their CPU and memory stay reserved until they are STOPPED, and the event that frees the
        // last reservation is the one worth a check.
        if (e.Status == ContainerInstanceStatus.Draining && e.RemainingResources is { } remaining && e.RegisteredResources is { } registered && remaining != registered)
        {
            return DrainDecision.Ignored(CompletionChecker.Step, e.Ec2InstanceId, $"draining, tasks still reserve {(registered - remaining).Cpu} CPU units");
        }

        if (e.Status == ContainerInstanceStatus.Draining)
        {
            // The event is the container instance as ECS saw it; with our group recorded on it
            // (and the tasks and targets checked live below) no describe is needed.
            if (Carried(e) is { } carried)
            {
                if (Abandoned(carried) is { } abandoned)
                {
                    return abandoned;
                }

                if (OurGroup(carried) is { } group)
                {
                    return carried.Attributes.GetValueOrDefault(DrainAttributes.DrainReason) == DrainStarter.SweptReason
                        ? DrainDecision.Ignored(CompletionChecker.Step, e.Ec2InstanceId, "drain started by the sweeper (terminate event lost or throttled): the sweeper completes it with the others")
                        : new ProgressTriage(null, carried, group);
                }
            }

            return await TriageAsync(e.ClusterArn, e.ContainerInstanceArn, e.Ec2InstanceId, taskStopped: false, cancellationToken);
        }

        // A freshly joined instance has no tasks yet; an ACTIVE event with tasks is an ordinary task start or stop.
        // AWS's documented event carries no runningTasksCount, so without it a reservation tells the same:
        // a task holds its CPU and memory until STOPPED.
        if (e.Status == ContainerInstanceStatus.Active && e.AgentConnected == true && e.RunningTasksCount is null or 0 && !ReservesResources(e)
            && context.Options.LaunchHookNames.Count > 0 && e.Ec2InstanceId is { } ec2InstanceId)
        {
            return (await new LaunchHookHandler(context).HandleJoinedAsync(e.ClusterArn, e.ContainerInstanceArn, ec2InstanceId, cancellationToken));
        }

        return DrainDecision.Ignored(CompletionChecker.Step, e.Ec2InstanceId, $"container instance is {e.Status?.ToString() ?? "of unknown status"}: not draining");
    }

    public async Task<ProgressTriage> TriageAsync(TaskStateChanged e, CancellationToken cancellationToken)
    {
        if (e.ContainerInstanceArn is null)
        {
            return DrainDecision.Ignored(CompletionChecker.Step, null, $"task {e.TaskArn} runs on no container instance (Fargate)");
        }

        // Only a task reaching STOPPED can be the one that finishes a drain.
        if (e.LastStatus != EcsTaskStatus.Stopped)
        {
            return DrainDecision.Ignored(CompletionChecker.Step, null, $"task {e.TaskArn} is {e.LastStatus}, not STOPPED");
        }

        return await TriageAsync(e.ClusterArn, e.ContainerInstanceArn, null, taskStopped: true, cancellationToken);
    }

    private async Task<DrainDecision> FinishAsync(ProgressTriage triage, CancellationToken cancellationToken) =>
        triage.Decided ?? await CheckAsync(triage.Instance!, triage.GroupName!, cancellationToken);

    private async Task<ProgressTriage> TriageAsync(string clusterArn, string containerInstanceArn, string? ec2InstanceId, bool taskStopped, CancellationToken cancellationToken)
    {
        var locator = new InstanceLocator(context);
        var instance = await locator.DescribeAsync(clusterArn, containerInstanceArn, cancellationToken);
        if (instance is not { Status: ContainerInstanceStatus.Draining })
        {
            return DrainDecision.Ignored(CompletionChecker.Step, instance?.Ec2InstanceId ?? ec2InstanceId,
                $"container instance {containerInstanceArn} is {instance?.Status.ToString() ?? "gone"}: not draining");
        }

        // ECS frees a task's reservation when it is STOPPED and sends a Container Instance State
        // Change for it; while reservations remain, a later such event is the one worth a check.
        if (taskStopped && instance.Remaining != instance.Registered)
        {
            return DrainDecision.Ignored(CompletionChecker.Step, instance.Ec2InstanceId, $"draining, tasks still reserve {instance.Reserved.Cpu} CPU units");
        }

        if (Abandoned(instance) is { } abandoned)
        {
            return abandoned;
        }

        if (OurGroup(instance) is { } group)
        {
            return new ProgressTriage(null, instance, group);
        }

        // A drain recorded before the group was (or one whose group name cannot be an attribute value): ask Auto Scaling.
        var asg = await locator.FindInOurGroupsAsync(instance.Ec2InstanceId, cancellationToken);
        if (asg is null || !LifecycleStates.IsTerminatingWait(asg.LifecycleState))
        {
            var why = asg is null ? "not in any of our Auto Scaling groups" : $"in {asg.GroupName} as {asg.LifecycleState}";
            return DrainDecision.Ignored(CompletionChecker.Step, instance.Ec2InstanceId, $"draining but no terminate action of ours is pending ({why})");
        }

        return new ProgressTriage(null, instance, asg.GroupName);
    }

    /// <summary>
    /// Completing by instance id when no action of that hook is pending answers ValidationError (counted
    /// as already finished), so the recorded group needs no Terminating:Wait check first.
    /// </summary>
    private async Task<DrainDecision> CheckAsync(ContainerInstance instance, string groupName, CancellationToken cancellationToken)
    {
        var hooks = await new HookResolver(context).OurHookNamesAsync(groupName, LifecycleTransition.Terminating, cancellationToken);
        return (await new CompletionChecker(context).CheckAsync(instance, groupName, hooks, cancellationToken)).Decision;
    }

    private static bool ReservesResources(ContainerInstanceStateChanged e) =>
        e.RemainingResources is { } remaining && e.RegisteredResources is { } registered && remaining != registered;

    /// <summary>
    /// A drain the sweeper abandoned at its bound: no hook of ours is pending any more (the group retained the
    /// instance or terminates it), so its events cost no check and complete nothing.
    /// </summary>
    private static DrainDecision? Abandoned(ContainerInstance instance) =>
        DrainAttributes.AbandonedAt(instance) is { } at
            ? DrainDecision.Ignored(CompletionChecker.Step, instance.Ec2InstanceId,
                $"drain abandoned at {DrainAttributes.FormatTime(at)} (held by {string.Join(", ", DrainAttributes.ReadHeldBy(instance.Attributes))}): no hook of ours is pending")
            : null;

    /// <summary>The recorded group, if it is one of ours (attributes can be written by anyone).</summary>
    private string? OurGroup(ContainerInstance instance) =>
        DrainAttributes.ReadGroup(instance.Attributes) is { } group && context.Options.OwnsGroup(group) ? group : null;

    /// <summary>The container instance as the event carries it, when it carries what a check needs.</summary>
    private static ContainerInstance? Carried(ContainerInstanceStateChanged e) =>
        e is { Ec2InstanceId: { } ec2InstanceId, Status: { } status, Attributes: { } attributes }
            ? new ContainerInstance(e.ContainerInstanceArn, e.ClusterArn, ec2InstanceId, status, e.AgentConnected ?? false,
                e.RegisteredResources ?? new Resources(0, 0), e.RemainingResources ?? new Resources(0, 0), e.RunningTasksCount ?? 0, 0, attributes, null)
            : null;
}

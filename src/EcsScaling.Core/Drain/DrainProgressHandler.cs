using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Event-driven completion: an ECS Container Instance State Change (DRAINING) or Task State Change
/// (STOPPED) may be the last step of a drain. Cheap checks come first so that most events cost no
/// call or one or two reads, and no task listing.
/// </summary>
public sealed class DrainProgressHandler(DrainContext context)
{
    public async Task<DrainDecision> HandleAsync(ContainerInstanceStateChanged e, CancellationToken ct)
    {
        // ECS sends one of these per task start/stop on the instance. While tasks still count as
        // running (daemons included: ECS stops them last) nothing can be complete, so those cost no
        // call; the event at zero, the Task State Change STOPPED events and the sweeper (which also
        // completes daemon-only instances) finish the drain.
        if (e.Status == ContainerInstanceStatus.Draining && e.RunningTasksCount is > 0)
        {
            return DrainDecision.Ignored(CompletionPlanner.Step, e.Ec2InstanceId, $"draining, {e.RunningTasksCount} task(s) still counted as running");
        }

        // runningTasksCount reaches 0 while tasks are still DEACTIVATING (their targets draining);
        // their CPU and memory stay reserved until they are STOPPED, and the event that frees the
        // last reservation is the one worth a check.
        if (e.Status == ContainerInstanceStatus.Draining && e.RemainingResources is { } remaining && e.RegisteredResources is { } registered && remaining != registered)
        {
            return DrainDecision.Ignored(CompletionPlanner.Step, e.Ec2InstanceId, $"draining, tasks still reserve {(registered - remaining).Cpu} CPU units");
        }

        if (e.Status == ContainerInstanceStatus.Draining)
        {
            return await CheckAsync(e.ClusterArn, e.ContainerInstanceArn, e.Ec2InstanceId, ct);
        }

        // A freshly joined instance has no tasks yet; an ACTIVE event with tasks is an ordinary task start or stop.
        if (e.Status == ContainerInstanceStatus.Active && e.AgentConnected == true && e.RunningTasksCount is null or 0
            && context.Options.LaunchHookNames.Count > 0 && e.Ec2InstanceId is { } ec2InstanceId)
        {
            return await new LaunchHookHandler(context).HandleJoinedAsync(e.ClusterArn, e.ContainerInstanceArn, ec2InstanceId, ct);
        }

        return DrainDecision.Ignored(CompletionPlanner.Step, e.Ec2InstanceId, $"container instance is {e.Status?.ToString() ?? "of unknown status"}: not draining");
    }

    public async Task<DrainDecision> HandleAsync(TaskStateChanged e, CancellationToken ct)
    {
        if (e.ContainerInstanceArn is null)
        {
            return DrainDecision.Ignored(CompletionPlanner.Step, null, $"task {e.TaskArn} runs on no container instance (Fargate)");
        }

        // Only a task reaching STOPPED can be the one that finishes a drain.
        if (e.LastStatus != EcsTaskStatus.Stopped)
        {
            return DrainDecision.Ignored(CompletionPlanner.Step, null, $"task {e.TaskArn} is {e.LastStatus}, not STOPPED");
        }

        return await CheckAsync(e.ClusterArn, e.ContainerInstanceArn, null, ct);
    }

    private async Task<DrainDecision> CheckAsync(string clusterArn, string containerInstanceArn, string? ec2InstanceId, CancellationToken ct)
    {
        var locator = new InstanceLocator(context);
        var instance = await locator.DescribeAsync(clusterArn, containerInstanceArn, ct);
        if (instance is not { Status: ContainerInstanceStatus.Draining })
        {
            return DrainDecision.Ignored(CompletionPlanner.Step, instance?.Ec2InstanceId ?? ec2InstanceId,
                $"container instance {containerInstanceArn} is {instance?.Status.ToString() ?? "gone"}: not draining");
        }

        var asg = await locator.FindInOurGroupsAsync(instance.Ec2InstanceId, ct);
        if (asg is null || !LifecycleStates.IsTerminatingWait(asg.LifecycleState))
        {
            var why = asg is null ? "not in any of our Auto Scaling groups" : $"in {asg.GroupName} as {asg.LifecycleState}";
            return DrainDecision.Ignored(CompletionPlanner.Step, instance.Ec2InstanceId, $"draining but no terminate action of ours is pending ({why})");
        }

        var hooks = await new HookResolver(context).OurHookNamesAsync(asg.GroupName, LifecycleTransition.Terminating, ct);
        return (await new CompletionPlanner(context).CheckAsync(instance, asg, hooks, ct)).Decision;
    }
}

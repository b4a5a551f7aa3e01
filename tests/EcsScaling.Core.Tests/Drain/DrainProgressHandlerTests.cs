using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class DrainProgressHandlerTests
{
    private static async Task<(DrainFixture F, ContainerInstance Instance)> DrainingWithTasksAsync(int tasks = 3)
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        for (var n = 0; n < tasks; n++)
        {
            f.Ecs.AddTask(Build.Task($"t{n}", instance));
        }

        f.Ecs.AddService(Build.Service("web", tasks));
        await f.HandleAsync(f.Terminate("i-1"));
        return (f, f.Instance("i-1"));
    }

    [Fact]
    public async Task Completes_with_CONTINUE_once_every_task_is_STOPPED()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        f.Time.Advance(TimeSpan.FromMinutes(4));

        var result = await f.HandleAsync(f.DrainingEvent(instance));

        var (action, lifecycleResult) = Assert.Single(f.AutoScaling.Completions);
        Assert.Equal(LifecycleResult.Continue, lifecycleResult);
        Assert.Equal((DrainFixture.Group, DrainFixture.Hook, "i-1", (string?)null), (action.GroupName, action.HookName, action.InstanceId, action.Token));
        Assert.Equal(240, f.Telemetry.Sum(DrainMetrics.DrainDuration));
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.LifecycleActionsCompleted));
        Assert.Equal(DrainOutcome.Applied, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public async Task An_event_carrying_our_group_needs_neither_describe()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        var before = (f.Ecs.Calls.Total, f.AutoScaling.Calls.Total);
        var describesBefore = (f.Ecs.Calls["DescribeContainerInstances"], f.AutoScaling.Calls["DescribeAutoScalingInstances"]);

        await f.HandleAsync(f.CarriedEvent(instance));

        Assert.Single(f.AutoScaling.Completions);
        Assert.Equal(describesBefore, (f.Ecs.Calls["DescribeContainerInstances"], f.AutoScaling.Calls["DescribeAutoScalingInstances"]));
        Assert.Equal((before.Item1 + 4, before.Item2 + 1), (f.Ecs.Calls.Total, f.AutoScaling.Calls.Total)); // 2 ListTasks, DescribeTasks, DescribeServices; Complete
    }

    [Fact]
    public async Task A_drain_the_sweeper_started_is_left_to_the_sweeper_without_a_call()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        f.Terminate("i-1");
        await f.HandleAsync(f.Tick);
        var before = f.TotalCalls;

        var result = await f.HandleAsync(f.CarriedEvent(instance));

        Assert.Equal(DrainStarter.SweptReason, f.Instance("i-1").Attributes[DrainAttributes.DrainReason]);
        Assert.Equal(before, f.TotalCalls);
        Assert.Contains("the sweeper completes it", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
        await f.HandleAsync(f.Tick);
        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task An_event_carrying_a_group_that_is_not_ours_is_checked_the_long_way()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        var forged = f.CarriedEvent(instance);
        forged = forged with { Attributes = new Dictionary<string, string?>(forged.Attributes!) { [DrainAttributes.DrainGroup] = DrainFixture.ForeignGroup } };

        await f.HandleAsync(forged);

        Assert.Equal(1, f.Ecs.Calls["DescribeContainerInstances"]);
        Assert.Equal(DrainFixture.Group, Assert.Single(f.AutoScaling.Completions).Action.GroupName);
    }

    [Fact]
    public async Task A_drain_recorded_without_its_group_asks_Auto_Scaling()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        var recorded = f.Ecs.Instances[instance.Arn];
        f.Ecs.Instances[instance.Arn] = recorded with { Attributes = recorded.Attributes.Where(a => a.Key != DrainAttributes.DrainGroup).ToDictionary(a => a.Key, a => a.Value) };
        var asked = f.AutoScaling.Calls["DescribeAutoScalingInstances"];

        await f.HandleAsync(f.CarriedEvent(instance));

        Assert.Equal(asked + 1, f.AutoScaling.Calls["DescribeAutoScalingInstances"]);
        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task A_task_STOPPED_while_others_still_reserve_resources_costs_one_describe()
    {
        var (f, instance) = await DrainingWithTasksAsync(tasks: 2);
        var first = f.Ecs.Tasks.Values.First();
        f.StopAll(instance, t => t.Arn == first.Arn);
        var now = f.Ecs.Instances[instance.Arn];
        f.Ecs.Instances[instance.Arn] = now with { Remaining = now.Registered - new Resources(256, 512) };
        var before = f.TotalCalls;

        var result = await f.HandleAsync(new TaskStateChanged(DrainFixture.Origin, Build.ClusterArn, first.Arn, instance.Arn, EcsTaskStatus.Stopped, EcsTaskStatus.Stopped, first.Group, null, null));

        Assert.Equal(before + 1, f.TotalCalls);
        Assert.Contains("tasks still reserve 256 CPU units", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_whose_tasks_still_reserve_resources_costs_no_call()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        var callsBefore = f.TotalCalls;
        var deactivating = f.DrainingEvent(instance) with { RegisteredResources = new Resources(4096, 8192), RemainingResources = new Resources(3840, 7680) };

        var result = await f.HandleAsync(deactivating);

        Assert.Equal(callsBefore, f.TotalCalls);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public async Task The_event_that_frees_the_last_reservation_completes_the_drain()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        var freed = f.DrainingEvent(instance) with { RegisteredResources = new Resources(4096, 8192), RemainingResources = new Resources(4096, 8192) };

        await f.HandleAsync(freed);

        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task A_task_desired_STOPPED_but_still_STOPPING_keeps_the_instance_draining()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        var stopping = f.Ecs.Tasks.Values.First();
        f.Ecs.Tasks[stopping.Arn] = stopping with { LastStatus = EcsTaskStatus.Stopping };

        var result = await f.HandleAsync(f.DrainingEvent(instance));

        Assert.Empty(f.AutoScaling.Completions);
        Assert.Contains(stopping.Arn, Assert.Single(Assert.Single(result.Decisions).RemainingTasks!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetState.Draining, false)]
    [InlineData(TargetState.Healthy, false)]
    [InlineData(TargetState.Initial, false)]
    [InlineData(TargetState.Unused, true)]
    public async Task Waits_for_the_instance_target_to_leave_the_service_target_group(string state, bool completes)
    {
        var (f, instance) = await DrainingWithTasksAsync();
        var tg = f.LoadBalancing.AddTargetGroup("web");
        f.Ecs.AddService(Build.Service("web", 3) with { LoadBalancers = [new ServiceLoadBalancer(tg, "web", 80)] });
        f.LoadBalancing.SetTarget(tg, new TargetRef("i-1", 32768), state);
        f.LoadBalancing.SetTarget(tg, new TargetRef("i-elsewhere", 32768), TargetState.Healthy);
        f.StopAll(instance);

        await f.HandleAsync(f.DrainingEvent(instance));

        Assert.Equal(completes, f.AutoScaling.Completions.Count == 1);
        Assert.Equal(1, f.LoadBalancing.Calls["DescribeTargetHealth"]);
    }

    [Fact]
    public async Task Awsvpc_targets_are_matched_by_the_task_address()
    {
        var (f, instance) = await DrainingWithTasksAsync(tasks: 1);
        var tg = f.LoadBalancing.AddTargetGroup("web");
        f.Ecs.AddService(Build.Service("web", 1) with { LoadBalancers = [new ServiceLoadBalancer(tg, "web", 8080)] });
        var task = f.Ecs.Tasks.Values.Single();
        f.Ecs.Tasks[task.Arn] = task with { Endpoints = [new TaskEndpoint("10.0.1.17", 8080, 8080, "web")] };
        f.StopAll(instance);
        f.LoadBalancing.SetTarget(tg, new TargetRef("10.0.1.17", 8080), TargetState.Draining);

        await f.HandleAsync(f.DrainingEvent(instance));
        Assert.Empty(f.AutoScaling.Completions);

        f.LoadBalancing.Targets[tg].Clear();
        await f.HandleAsync(f.DrainingEvent(instance));
        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task Only_daemon_tasks_left_counts_as_drained_and_says_so()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.Ecs.AddService(Build.Service("agent", 1, scheduling: SchedulingStrategy.Daemon));
        f.Ecs.AddTask(Build.Task("daemon", instance, group: "service:agent"));
        f.StopAll(instance, t => t.Group != "service:agent");

        var result = await f.HandleAsync(f.DrainingEvent(instance));

        Assert.Single(f.AutoScaling.Completions);
        Assert.Contains("only 1 daemon task(s) left", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_daemon_task_ecs_is_stopping_holds_completion_until_it_is_stopped()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.Ecs.AddService(Build.Service("agent", 1, scheduling: SchedulingStrategy.Daemon));
        var daemon = f.Ecs.AddTask(Build.Task("daemon", instance, group: "service:agent") with { DesiredStatus = EcsTaskStatus.Stopped });
        f.StopAll(instance, t => t.Group != "service:agent");

        var held = await f.HandleAsync(f.DrainingEvent(instance));
        Assert.Empty(f.AutoScaling.Completions);
        Assert.Contains("1 daemon task(s) still stopping", Assert.Single(held.Decisions).Reason, StringComparison.Ordinal);

        f.Ecs.Tasks[daemon.Arn] = daemon with { LastStatus = EcsTaskStatus.Stopped };
        await f.HandleAsync(f.DrainingEvent(instance));
        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task A_standalone_task_still_running_blocks_completion()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        f.Ecs.AddTask(Build.Task("batch", instance, group: "family:batch"));

        await f.HandleAsync(f.DrainingEvent(instance));

        Assert.Empty(f.AutoScaling.Completions);
        Assert.Equal(0, f.Ecs.Calls["StopTask"]);
    }

    [Fact]
    public async Task A_task_reaching_STOPPED_triggers_the_check_through_its_container_instance()
    {
        var (f, instance) = await DrainingWithTasksAsync(tasks: 1);
        f.StopAll(instance);
        var task = f.Ecs.Tasks.Values.Single();

        await f.HandleAsync(new TaskStateChanged(DrainFixture.Origin, Build.ClusterArn, task.Arn, instance.Arn, EcsTaskStatus.Stopped, EcsTaskStatus.Stopped, task.Group, null, "ServiceSchedulerInitiated"));

        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task Draining_events_while_tasks_still_count_as_running_cost_no_call()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        var before = f.TotalCalls;

        var result = await f.HandleAsync(f.DrainingEvent(instance, runningTasks: 2));

        Assert.Equal(before, f.TotalCalls);
        Assert.Contains("2 task(s) still counted as running", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_events_that_are_not_STOPPED_cost_no_call()
    {
        var (f, instance) = await DrainingWithTasksAsync(tasks: 1);
        var before = f.TotalCalls;
        var task = f.Ecs.Tasks.Values.Single();

        var result = await f.HandleAsync(new TaskStateChanged(DrainFixture.Origin, Build.ClusterArn, task.Arn, instance.Arn, EcsTaskStatus.Deactivating, EcsTaskStatus.Stopped, task.Group, null, null));

        Assert.Equal(before, f.TotalCalls);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public async Task Events_from_foreign_clusters_are_ignored_without_any_call()
    {
        var f = new DrainFixture();
        const string foreign = "arn:aws:ecs:us-east-1:123456789012:cluster/staging";

        var a = await f.HandleAsync(new ContainerInstanceStateChanged(DrainFixture.Origin, foreign, foreign + "/ci", "i-9", ContainerInstanceStatus.Draining, true, 0));
        var b = await f.HandleAsync(new TaskStateChanged(DrainFixture.Origin, foreign, foreign + "/t", foreign + "/ci", EcsTaskStatus.Stopped, EcsTaskStatus.Stopped, "service:x", null, null));

        Assert.Equal(0, f.TotalCalls);
        Assert.All(a.Decisions.Concat(b.Decisions), d => Assert.Equal(DrainOutcome.Ignored, d.Outcome));
    }

    [Fact]
    public async Task A_drain_without_a_pending_terminate_action_is_not_completed()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1", ContainerInstanceStatus.Draining);

        var result = await f.HandleAsync(f.DrainingEvent(instance));

        Assert.Equal(0, f.MutatingCalls);
        Assert.Contains("no terminate action of ours is pending", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
        Assert.Equal(0, f.Ecs.Calls["ListTasks"]);
    }

    [Fact]
    public async Task An_action_already_completed_elsewhere_is_success()
    {
        var (f, instance) = await DrainingWithTasksAsync();
        f.StopAll(instance);
        f.AutoScaling.PendingActions.Clear();

        var result = await f.HandleAsync(f.DrainingEvent(instance));

        Assert.Equal(DrainOutcome.Applied, Assert.Single(result.Decisions).Outcome);
        Assert.Equal(1, f.AutoScaling.Calls["CompleteLifecycleAction"]);
        Assert.Equal(0, f.Telemetry.Sum(DrainMetrics.LifecycleActionsCompleted));
    }
}

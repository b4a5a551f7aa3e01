using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class SweeperTests
{
    [Fact]
    public async Task Nothing_waiting_costs_one_call()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        var result = await f.HandleAsync(f.Tick);

        Assert.Empty(result.Decisions);
        Assert.Equal(1, f.TotalCalls);
    }

    [Fact]
    public async Task A_throttled_sweep_is_deferred_to_the_next_one_instead_of_failing()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.Terminate("i-1");
        f.AutoScaling.Calls.FailNext("DescribeAutoScalingGroups", DrainFixture.Throttled("autoscaling", "DescribeAutoScalingGroups"));

        var throttled = await f.HandleAsync(f.Tick);
        await f.HandleAsync(f.Tick);

        Assert.Equal(DrainOutcome.Deferred, Assert.Single(throttled.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
    }

    [Fact]
    public async Task A_lost_terminate_event_is_caught_and_the_drain_started()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.Terminate("i-1");

        var result = await f.HandleAsync(f.Tick);

        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
        Assert.Contains("terminate event was lost", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_completion_event_is_caught()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        f.Ecs.AddTask(Build.Task("t", instance));
        await f.HandleAsync(f.Terminate("i-1"));
        f.StopAll(instance);

        await f.HandleAsync(f.Tick);

        Assert.Equal(LifecycleResult.Continue, Assert.Single(f.AutoScaling.Completions).Result);
    }

    [Fact]
    public async Task A_waiting_instance_that_never_joined_is_released()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-lonely", DrainFixture.Group);
        f.Terminate("i-lonely");

        await f.HandleAsync(f.Tick);

        Assert.Equal("i-lonely", Assert.Single(f.AutoScaling.Completions).Action.InstanceId);
    }

    [Fact]
    public async Task Heartbeats_only_when_the_next_sweep_would_be_too_late()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        f.Ecs.AddTask(Build.Task("t", instance));
        await f.HandleAsync(f.Terminate("i-1"));

        // Hook timeout 60 min, sweep every 1 min, margin 2 min: the first beat is due at 57 min.
        for (var minute = 1; minute <= 56; minute++)
        {
            f.Time.Advance(TimeSpan.FromMinutes(1));
            await f.HandleAsync(f.Tick);
        }

        Assert.Empty(f.AutoScaling.Heartbeats);
        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.HandleAsync(f.Tick);
        Assert.Single(f.AutoScaling.Heartbeats);
        Assert.Equal("2026-11-27T03:57:00Z", f.Instance("i-1").Attributes[DrainAttributes.LastHeartbeat]);

        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.HandleAsync(f.Tick);
        Assert.Single(f.AutoScaling.Heartbeats);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.HeartbeatsSent));
    }

    [Fact]
    public async Task Standalone_tasks_are_stopped_after_the_grace_period_and_service_tasks_never()
    {
        var f = new DrainFixture((DrainVariables.StandaloneTaskGrace, "10m"));
        var instance = f.AddInstance("i-1");
        f.Ecs.AddService(Build.Service("web", 1));
        f.Ecs.AddTask(Build.Task("web-1", instance));
        var batch = f.Ecs.AddTask(Build.Task("batch-1", instance, group: "family:batch"));
        await f.HandleAsync(f.Terminate("i-1"));

        f.Time.Advance(TimeSpan.FromMinutes(9));
        await f.HandleAsync(f.Tick);
        Assert.Equal(0, f.Ecs.Calls["StopTask"]);

        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.HandleAsync(f.Tick);
        Assert.Equal(1, f.Ecs.Calls["StopTask"]);
        var stopped = f.Ecs.Tasks[batch.Arn];
        Assert.Equal(EcsTaskStatus.Stopped, stopped.DesiredStatus);
        Assert.Contains("ecs-scaling", stopped.StoppedReason, StringComparison.Ordinal);
        Assert.Contains("i-1", stopped.StoppedReason, StringComparison.Ordinal);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.TasksStoppedByUs));

        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.HandleAsync(f.Tick);
        Assert.Equal(1, f.Ecs.Calls["StopTask"]);
    }

    [Fact]
    public async Task At_the_max_drain_time_completes_with_the_configured_result_and_names_what_still_ran()
    {
        var f = new DrainFixture((DrainVariables.MaxDrainTime, "30m"), (DrainVariables.MaxDrainTimeResult, "ABANDON"));
        var instance = f.AddInstance("i-1");
        var stuck = f.Ecs.AddTask(Build.Task("stuck", instance));
        await f.HandleAsync(f.Terminate("i-1"));

        f.Time.Advance(TimeSpan.FromMinutes(30));
        var result = await f.HandleAsync(f.Tick);

        Assert.Equal(LifecycleResult.Abandon, Assert.Single(f.AutoScaling.Completions).Result);
        var decision = Assert.Single(result.Decisions);
        Assert.True(decision.Forced);
        Assert.Contains(stuck.Arn, Assert.Single(decision.RemainingTasks!), StringComparison.Ordinal);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.DrainsForced));
        var log = f.Telemetry.Logs.Last();
        Assert.Equal(Core.Observability.LogLevel.Warn, log.Level);
        Assert.Contains(stuck.Arn, (string)log.Fields["remainingTasks"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_at_100_percent_min_healthy_without_spare_capacity_waits_heartbeats_then_is_forced()
    {
        var f = new DrainFixture((DrainVariables.MaxDrainTime, "3h"));
        var instance = f.AddInstance("i-1");
        f.Ecs.AddService(Build.Service("web", 2, minHealthy: 100, maxPercent: 100));
        f.Ecs.AddTask(Build.Task("web-1", instance));
        f.Ecs.AddTask(Build.Task("web-2", instance));
        await f.HandleAsync(f.Terminate("i-1"));

        for (var minute = 1; minute < 180; minute++)
        {
            f.Time.Advance(TimeSpan.FromMinutes(1));
            await f.HandleAsync(f.Tick);
        }

        Assert.Empty(f.AutoScaling.Completions);
        Assert.Equal(3, f.AutoScaling.Heartbeats.Count);
        Assert.Equal(0, f.Ecs.Calls["StopTask"]);

        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.HandleAsync(f.Tick);
        Assert.Equal(LifecycleResult.Continue, Assert.Single(f.AutoScaling.Completions).Result);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.DrainsForced));
    }

    [Fact]
    public async Task A_failure_on_one_instance_does_not_stop_the_others_and_the_next_sweep_finishes()
    {
        var f = new DrainFixture();
        foreach (var id in new[] { "i-1", "i-2" })
        {
            f.AddInstance(id);
            await f.HandleAsync(f.Terminate(id));
        }

        f.AutoScaling.Calls.FailNext("CompleteLifecycleAction", DrainFixture.Throttled("autoscaling", "CompleteLifecycleAction"));

        var first = await f.HandleAsync(f.Tick);

        Assert.Equal([DrainOutcome.Failed, DrainOutcome.Applied], first.Decisions.Select(d => d.Outcome));
        Assert.Single(f.AutoScaling.Completions);

        await f.HandleAsync(f.Tick);
        Assert.Equal(2, f.AutoScaling.Completions.Count);
    }

    [Fact]
    public async Task Many_waiting_instances_of_a_small_cluster_are_found_with_one_listing()
    {
        var f = new DrainFixture();
        var ids = Enumerable.Range(1, 5).Select(n => $"i-{n}").ToArray();
        foreach (var id in ids)
        {
            f.AddInstance(id);
            f.Terminate(id);
        }

        f.AddInstance("i-staying");

        await f.HandleAsync(f.Tick);

        Assert.Equal((0, 1), (f.Ecs.Calls["DescribeClusters"], f.Ecs.Calls["ListContainerInstances"]));
        Assert.All(ids, id => Assert.Equal(ContainerInstanceStatus.Draining, f.Instance(id).Status));
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-staying").Status);
    }

    [Fact]
    public async Task A_few_waiting_instances_of_a_big_group_are_looked_up_one_by_one()
    {
        var f = new DrainFixture();
        foreach (var n in Enumerable.Range(1, 400))
        {
            f.AddInstance($"i-{n}");
        }

        var ids = Enumerable.Range(1, 5).Select(n => $"i-{n}").ToArray();
        foreach (var id in ids)
        {
            f.Terminate(id);
        }

        await f.HandleAsync(f.Tick);

        Assert.Equal(5, f.Ecs.Calls["ListContainerInstances"]);
        Assert.All(ids, id => Assert.Equal(ContainerInstanceStatus.Draining, f.Instance(id).Status));
    }

    [Fact]
    public async Task Drains_checked_together_share_task_descriptions_services_and_target_health()
    {
        var f = new DrainFixture();
        var tg = f.LoadBalancing.AddTargetGroup("web");
        f.Ecs.AddService(Build.Service("web", 3) with { LoadBalancers = [new ServiceLoadBalancer(tg, "web", 80)] });
        foreach (var id in new[] { "i-1", "i-2", "i-3" })
        {
            f.Ecs.AddTask(Build.Task($"t-{id}", f.AddInstance(id), lastStatus: EcsTaskStatus.Stopped, desiredStatus: EcsTaskStatus.Stopped));
            await f.HandleAsync(f.Terminate(id));
        }

        await f.HandleAsync(f.Tick);

        Assert.Equal(3, f.AutoScaling.Completions.Count);
        // Reserving nothing, each needs only its stopped tasks listed.
        Assert.Equal((3, 1, 1), (f.Ecs.Calls["ListTasks"], f.Ecs.Calls["DescribeTasks"], f.Ecs.Calls["DescribeServices"]));
        Assert.Equal(1, f.LoadBalancing.Calls["DescribeTargetHealth"]);
    }

    [Fact]
    public async Task Under_a_mass_drain_instances_whose_tasks_still_reserve_resources_are_not_listed_but_still_heartbeat()
    {
        var f = new DrainFixture((DrainVariables.StandaloneTaskGrace, "90m"));
        var ids = Enumerable.Range(1, DrainDeadlines.FewDrains + 1).Select(n => $"i-{n}").ToArray();
        foreach (var id in ids)
        {
            f.AddInstance(id);
            await f.HandleAsync(f.Terminate(id));
        }

        var busy = f.Instance("i-1");
        f.Ecs.AddTask(Build.Task("still-running", busy));
        f.Ecs.Instances[busy.Arn] = busy with { Remaining = busy.Registered - new Resources(256, 512) };
        f.Time.Advance(TimeSpan.FromMinutes(59));

        var result = await f.HandleAsync(f.Tick);

        Assert.Equal(DrainDeadlines.FewDrains, f.Ecs.Calls["ListTasks"]);
        Assert.Equal(DrainDeadlines.FewDrains, f.AutoScaling.Completions.Count);
        var waiting = Assert.Single(result.Decisions, d => d.InstanceId == "i-1");
        Assert.Contains("tasks still reserve 256 CPU units", waiting.Reason, StringComparison.Ordinal);
        Assert.Contains(DrainActionKind.Heartbeat, waiting.Actions.Select(a => a.Kind));
    }

    [Fact]
    public async Task A_sweep_lists_at_most_its_share_of_drains_spaced_under_the_API_rate()
    {
        var f = new DrainFixture();
        var ids = Enumerable.Range(1, DrainDeadlines.MaxChecksPerSweep + 1).Select(n => $"i-{n:000}").ToArray();
        foreach (var id in ids)
        {
            f.AddInstance(id);
            await f.HandleAsync(f.Terminate(id));
            f.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var started = f.Time.GetUtcNow();
        var sweep = f.HandleAsync(f.Tick);
        var result = await f.WhileTheClockRunsAsync(sweep, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));
        // One ListTasks each (nothing reserved), at half of ECS's sustained 20/s.
        Assert.Equal(DrainDeadlines.MaxChecksPerSweep, f.Ecs.Calls["ListTasks"]);
        Assert.InRange(f.Time.GetUtcNow() - started, TimeSpan.FromSeconds(9.8), TimeSpan.FromSeconds(13));
        Assert.Contains("not checked this sweep", Assert.Single(result.Decisions, d => d.InstanceId == ids[^1]).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(f.AutoScaling.Completions, c => c.Action.InstanceId == ids[^1]);
    }

    [Fact]
    public async Task Instances_waiting_only_on_foreign_hooks_are_left_alone()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddGroup("asg-managed");
        var options = f.Options with { AutoScalingGroups = [DrainFixture.Group, "asg-managed"] };
        f.AutoScaling.AddHook("asg-managed", DrainOptions.EcsManagedHookName, LifecycleTransition.Terminating);
        f.AddInstance("i-1", group: "asg-managed");
        f.Terminate("i-1");

        var result = await new DrainCoordinator(f.Gateways, options, f.Time, f.Telemetry).HandleAsync(f.Tick, false, default);

        Assert.Equal(0, f.MutatingCalls);
        Assert.Contains("none of our", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drain_with_no_recorded_start_gets_its_start_recorded_and_a_heartbeat_at_once()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1", ContainerInstanceStatus.Draining);
        f.Ecs.AddTask(Build.Task("t", instance));
        f.Terminate("i-1");
        f.Time.Advance(TimeSpan.FromMinutes(10));

        await f.HandleAsync(f.Tick);

        var attributes = f.Instance("i-1").Attributes;
        Assert.Equal("2026-11-27T03:10:00Z", attributes[DrainAttributes.DrainStarted]);
        Assert.Equal("2026-11-27T03:10:00Z", attributes[DrainAttributes.LastHeartbeat]);
        Assert.Single(f.AutoScaling.Heartbeats);
    }
}

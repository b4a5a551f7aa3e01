using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;
using Xunit.Abstractions;

namespace EcsScaling.Core.Tests.Drain;

public class DrainCoordinatorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_test_notification_is_a_no_op()
    {
        var f = new DrainFixture();

        var result = await f.HandleAsync(new AutoScalingTestNotification(DrainFixture.Origin, DrainFixture.Group));

        Assert.Equal(0, f.TotalCalls);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public async Task Events_of_other_capabilities_are_ignored()
    {
        var f = new DrainFixture();

        var result = await f.HandleAsync(new AlarmStateChanged(DrainFixture.Origin, "alarm", null, "ALARM", "OK", null, null));

        Assert.Equal(0, f.TotalCalls);
        Assert.Contains("not a drain event", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    /// <summary>A drain 3 hours in, with a standalone task, a heartbeat due and the max time reached on a second instance.</summary>
    private static async Task<DrainFixture> EverythingPendingAsync()
    {
        var f = new DrainFixture((DrainVariables.MaxDrainTime, "3h"), (DrainVariables.ProtectedGroups, DrainFixture.Group));
        var old = f.AddInstance("i-old");
        f.Ecs.AddTask(Build.Task("stuck", old));
        await f.HandleAsync(f.Terminate("i-old"));
        f.Time.Advance(TimeSpan.FromMinutes(150));
        var young = f.AddInstance("i-young");
        f.Ecs.AddTask(Build.Task("batch", young, group: "family:batch"));
        await f.HandleAsync(f.Terminate("i-young"));
        f.Time.Advance(TimeSpan.FromMinutes(58));
        f.AddInstance("i-busy");
        f.Ecs.AddTask(Build.Task("web", f.Instance("i-busy")));
        f.AddInstance("i-spot");
        return f;
    }

    [Fact]
    public async Task Dry_run_makes_no_mutating_call_whatever_the_event_and_plans_what_a_real_run_does()
    {
        var f = await EverythingPendingAsync();
        var mutatingBefore = f.MutatingCalls;
        var plans = new List<DrainResult>
        {
            await f.HandleAsync(f.Tick, dryRun: true),
            await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-spot", "terminate"), dryRun: true),
            await f.HandleAsync(f.DrainingEvent(f.Instance("i-old")), dryRun: true),
        };

        plans.Add(await f.Coordinator.DrainAsync("i-spot", true, default));
        plans.Add(await f.Coordinator.UndrainAsync("i-old", true, default));
        plans.Add(await f.Coordinator.ForceCompleteAsync("i-old", LifecycleResult.Continue, "dry", true, default));

        Assert.Equal(mutatingBefore, f.MutatingCalls);
        Assert.Empty(f.Telemetry.Metrics);
        var sweep = plans[0].Actions.Select(a => a.Kind).ToArray();
        Assert.Contains(DrainActionKind.CompleteLifecycleAction, sweep);
        Assert.Contains(DrainActionKind.StopTask, sweep);
        Assert.Contains(DrainActionKind.Heartbeat, sweep);
        Assert.Contains(DrainActionKind.SetScaleInProtection, sweep);
        Assert.All(plans.SelectMany(p => p.Decisions), d => Assert.NotEqual(DrainOutcome.Applied, d.Outcome));

        var real = await f.HandleAsync(f.Tick);
        Assert.Equal(sweep, real.Actions.Select(a => a.Kind));
        Assert.NotEqual(mutatingBefore, f.MutatingCalls);
    }

    [Fact]
    public async Task A_failed_completion_is_rethrown_for_the_Lambda_retry_which_finishes()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        await f.HandleAsync(f.Terminate("i-1"));
        f.AutoScaling.Calls.FailNext("CompleteLifecycleAction", new AwsCallException("autoscaling", "CompleteLifecycleAction", "InternalFailure", "boom", "r", 500));

        await Assert.ThrowsAsync<AwsCallException>(() => f.HandleAsync(f.DrainingEvent(instance)));
        Assert.Empty(f.AutoScaling.Completions);

        await f.HandleAsync(f.DrainingEvent(instance));
        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task A_throttled_completion_check_is_deferred_and_the_sweeper_finishes()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        await f.HandleAsync(f.Terminate("i-1"));
        f.Ecs.Calls.FailNext("ListTasks", DrainFixture.Throttled("ecs", "ListTasks"));

        var result = await f.HandleAsync(f.CarriedEvent(instance));

        Assert.Equal(DrainOutcome.Deferred, Assert.Single(result.Decisions).Outcome);
        Assert.Empty(f.AutoScaling.Completions);
        await f.HandleAsync(f.Tick);
        Assert.Single(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task A_Spot_warning_still_throttled_after_half_a_minute_of_backoff_fails_the_invocation_since_no_sweep_would_find_it()
    {
        var f = new DrainFixture();
        f.AddInstance("i-spot");
        for (var i = 0; i < 6; i++)
        {
            f.Ecs.Calls.FailNext("ListContainerInstances", DrainFixture.Throttled("ecs", "ListContainerInstances"));
        }

        var handling = f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-spot", "terminate"));

        await Assert.ThrowsAsync<AwsCallException>(() => f.WhileTheClockRunsAsync(handling, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)));
        Assert.Equal(6, f.Ecs.Calls["ListContainerInstances"]);
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-spot").Status);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    public async Task Api_calls_per_drained_instance_stay_within_the_P2_floor(int taskCount)
    {
        var f = new DrainFixture();
        var paged = new PagedEcs(f.Ecs);
        var tg = f.LoadBalancing.AddTargetGroup("web");
        f.Ecs.AddService(Build.Service("web", taskCount) with { LoadBalancers = [new ServiceLoadBalancer(tg, "web", 80)] });
        var instance = f.AddInstance("i-1");
        for (var n = 0; n < taskCount; n++)
        {
            f.Ecs.AddTask(Build.Task($"t{n}", instance));
            f.LoadBalancing.SetTarget(tg, new TargetRef("i-1", 32768 + n), TargetState.Healthy);
        }

        var coordinator = new DrainCoordinator(f.Gateways with { Ecs = paged }, f.Options, f.Time, f.Telemetry);
        await coordinator.HandleAsync(f.Terminate("i-1"), false, default);
        for (var n = taskCount; n > 0; n--)
        {
            await coordinator.HandleAsync(f.DrainingEvent(instance, runningTasks: n), false, default);
        }

        f.StopAll(instance);
        f.LoadBalancing.Targets[tg].Clear();
        await coordinator.HandleAsync(f.DrainingEvent(instance, runningTasks: 0), false, default);

        Assert.Single(f.AutoScaling.Completions);
        var calls = paged.Requests + f.AutoScaling.Calls.Total + f.LoadBalancing.Calls.Total;
        var pages = (taskCount + 99) / 100;
        const int perTargetGroupCalls = 2; // DescribeServices (finds the target group) + DescribeTargetHealth
        var floor = 2 * (1 + 2 * pages + 1 + perTargetGroupCalls);
        output.WriteLine($"T={taskCount}: {calls} API calls (P2 floor {floor})");
        Assert.InRange(calls, 1, floor);
    }
}

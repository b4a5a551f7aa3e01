using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

/// <summary>
/// The abandon bound, through the sweeper: a drain a bound service still holds past its bound is completed with ABANDON
/// where the group retains abandoned instances, and only when asked for anyway where it does not (there ABANDON terminates).
/// </summary>
public class AbandonPlannerTests
{
    private static (DrainFixture Fixture, ContainerInstance Instance) HeldByCheckout(bool retains, string unretained = "wait")
    {
        var f = new DrainFixture((DrainVariables.AbandonAfter, "checkout=45m"), (DrainVariables.AbandonWithoutRetention, unretained), (DrainVariables.MaxDrainTime, "2h"));
        f.AutoScaling.Groups[DrainFixture.Group] = f.AutoScaling.Groups[DrainFixture.Group] with { RetainsAbandonedInstances = retains };
        var instance = f.AddInstance("i-1");
        f.Ecs.AddService(Build.Service("checkout", 1, minHealthy: 100, maxPercent: 100));
        f.Ecs.AddService(Build.Service("web", 1));
        f.Ecs.AddTask(Build.Task("checkout-1", instance, group: "service:checkout"));
        f.Ecs.AddTask(Build.Task("web-1", instance));
        return (f, instance);
    }

    private static async Task<DrainDecision> SweepAtAsync(DrainFixture f, TimeSpan sinceStart)
    {
        f.Time.SetUtcNow(DrainFixture.Start + sinceStart);
        var result = await f.HandleAsync(f.Tick);
        return result.Decisions.Single(d => d.InstanceId == "i-1" && d.Step == Sweeper.Step);
    }

    [Fact]
    public async Task On_a_retaining_group_the_drain_is_abandoned_at_the_bound_recorded_and_reported_with_what_to_do()
    {
        var (f, instance) = HeldByCheckout(retains: true);
        await f.HandleAsync(f.Terminate("i-1"));

        var before = await SweepAtAsync(f, TimeSpan.FromMinutes(44));
        Assert.Empty(f.AutoScaling.Completions);
        Assert.Null(before.Abandonment);

        var decision = await SweepAtAsync(f, TimeSpan.FromMinutes(45));

        var (action, result) = Assert.Single(f.AutoScaling.Completions);
        Assert.Equal((DrainFixture.Hook, LifecycleResult.Abandon), (action.HookName, result));
        Assert.Equal(["checkout"], decision.Abandonment!.HeldBy);
        Assert.Equal(["checkout=45m"], decision.Abandonment.Bounds);
        Assert.Equal(AbandonEffect.Retained, decision.Abandonment.Effect);
        var attributes = f.Instance("i-1").Attributes;
        Assert.Equal("2026-11-27T03:45:00Z", attributes[DrainAttributes.DrainAbandoned]);
        Assert.Equal("checkout", attributes[DrainAttributes.HeldBy]);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.DrainsRetained));
        Assert.Equal(0, f.Telemetry.Sum(DrainMetrics.DrainsForced));
        var metric = Assert.Single(f.Telemetry.Metrics, m => m.Name == DrainMetrics.DrainsRetained);
        Assert.Equal([new MetricDimension(DrainMetrics.GroupDimension, DrainFixture.Group)], metric.Dimensions);
        var log = f.Telemetry.Logs.Last(l => l.Fields.ContainsKey("heldBy"));
        Assert.Equal(LogLevel.Warn, log.Level);
        Assert.Equal(("checkout", "checkout=45m", "retained"), (log.Fields["heldBy"], log.Fields["abandonBound"], log.Fields["abandon"]));
        Assert.Contains("kept (Terminating:Retained)", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("terminate-instance-in-auto-scaling-group --instance-id i-1 --no-should-decrement-desired-capacity", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(instance.Arn, decision.ContainerInstanceArn);
    }

    [Fact]
    public async Task Without_a_retention_policy_the_bound_only_warns_and_the_max_drain_time_still_ends_the_drain()
    {
        var (f, _) = HeldByCheckout(retains: false);
        await f.HandleAsync(f.Terminate("i-1"));

        var decision = await SweepAtAsync(f, TimeSpan.FromMinutes(50));

        Assert.Empty(f.AutoScaling.Completions);
        Assert.Equal(AbandonEffect.Withheld, decision.Abandonment?.Effect);
        Assert.DoesNotContain(DrainAttributes.DrainAbandoned, f.Instance("i-1").Attributes.Keys);
        var log = f.Telemetry.Logs.Last(l => l.Fields.ContainsKey("heldBy"));
        Assert.Equal(LogLevel.Warn, log.Level);
        Assert.Contains("ABANDON would terminate i-1 with those tasks", log.Message, StringComparison.Ordinal);
        Assert.Contains("update-auto-scaling-group --auto-scaling-group-name asg-prod --instance-lifecycle-policy 'RetentionTriggers={TerminateHookAbandon=retain}'", log.Message, StringComparison.Ordinal);
        Assert.Contains("ECS_SCALING_DRAIN_ABANDON_WITHOUT_RETENTION=abandon", log.Message, StringComparison.Ordinal);

        await SweepAtAsync(f, TimeSpan.FromHours(2));
        Assert.Equal(LifecycleResult.Continue, Assert.Single(f.AutoScaling.Completions).Result);
        Assert.Equal(0, f.Telemetry.Sum(DrainMetrics.DrainsAbandoned) + f.Telemetry.Sum(DrainMetrics.DrainsRetained));
    }

    [Fact]
    public async Task Without_a_retention_policy_ABANDON_asked_for_anyway_is_sent_and_says_the_instance_is_terminated()
    {
        var (f, _) = HeldByCheckout(retains: false, unretained: "abandon");
        await f.HandleAsync(f.Terminate("i-1"));

        var decision = await SweepAtAsync(f, TimeSpan.FromMinutes(45));

        Assert.Equal(LifecycleResult.Abandon, Assert.Single(f.AutoScaling.Completions).Result);
        Assert.Equal(AbandonEffect.Terminated, decision.Abandonment?.Effect);
        Assert.Contains("Auto Scaling terminates i-1 with those tasks still on it", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.DrainsAbandoned));
    }

    [Fact]
    public async Task A_service_without_a_bound_or_whose_tasks_have_stopped_does_not_abandon()
    {
        var (f, instance) = HeldByCheckout(retains: true);
        await f.HandleAsync(f.Terminate("i-1"));
        f.StopAll(instance, t => t.ServiceName == "checkout");

        var decision = await SweepAtAsync(f, TimeSpan.FromMinutes(90));

        Assert.Empty(f.AutoScaling.Completions);
        Assert.Null(decision.Abandonment);
    }

    [Fact]
    public async Task A_dry_run_plans_the_abandon_and_calls_nothing()
    {
        var (f, _) = HeldByCheckout(retains: true);
        await f.HandleAsync(f.Terminate("i-1"));
        f.Time.SetUtcNow(DrainFixture.Start + TimeSpan.FromMinutes(46));
        var mutating = f.MutatingCalls;

        var result = await f.HandleAsync(f.Tick, dryRun: true);

        Assert.Equal(mutating, f.MutatingCalls);
        var decision = result.Decisions.Single(d => d.Abandonment is not null);
        Assert.Equal(DrainOutcome.Planned, decision.Outcome);
        Assert.Equal([DrainActionKind.PutAttributes, DrainActionKind.CompleteLifecycleAction], decision.Actions.Select(a => a.Kind));
    }

    [Fact]
    public async Task Events_of_an_abandoned_drain_are_left_alone_and_undrain_is_refused()
    {
        var (f, instance) = HeldByCheckout(retains: true);
        await f.HandleAsync(f.Terminate("i-1"));
        await SweepAtAsync(f, TimeSpan.FromMinutes(45));
        f.StopAll(instance);
        var calls = f.AutoScaling.Calls["CompleteLifecycleAction"];

        var progress = await f.HandleAsync(f.CarriedEvent(instance) with { RunningTasksCount = 0, RemainingResources = instance.Registered });
        var undrain = await f.Coordinator.UndrainAsync("i-1", false, default);

        Assert.Equal(calls, f.AutoScaling.Calls["CompleteLifecycleAction"]);
        Assert.StartsWith("drain abandoned at 2026-11-27T03:45:00Z (held by checkout)", Assert.Single(progress.Decisions).Reason, StringComparison.Ordinal);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(undrain.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task ABANDON_at_the_max_drain_time_says_when_the_group_keeps_the_instance(bool retains, bool kept)
    {
        var f = new DrainFixture((DrainVariables.MaxDrainTime, "30m"), (DrainVariables.MaxDrainTimeResult, "ABANDON"));
        f.AutoScaling.Groups[DrainFixture.Group] = f.AutoScaling.Groups[DrainFixture.Group] with { RetainsAbandonedInstances = retains };
        f.Ecs.AddTask(Build.Task("stuck", f.AddInstance("i-1")));
        await f.HandleAsync(f.Terminate("i-1"));

        var decision = await SweepAtAsync(f, TimeSpan.FromMinutes(30));

        Assert.True(decision.Forced);
        Assert.Equal(kept, decision.Reason.Contains("is kept (Terminating:Retained)", StringComparison.Ordinal));
    }
}

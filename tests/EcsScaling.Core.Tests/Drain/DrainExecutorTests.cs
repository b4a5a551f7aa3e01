using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Drain;

public class DrainExecutorTests
{
    private static DrainDecision Decision(params DrainAction[] actions) =>
        new("test", "i-1", "because", actions, DrainFixture.Group, DrainSeconds: 42);

    private static CompleteLifecycleAction CompleteI1 => DrainAction.Complete(new LifecycleActionRef(DrainFixture.Group, DrainFixture.Hook, "i-1", null), LifecycleResult.Continue);

    [Fact]
    public async Task Applies_actions_in_order_and_emits_metrics_with_the_group_dimension()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.AutoScaling.StartLifecycleAction("i-1", LifecycleTransition.Terminating);
        var executor = new DrainExecutor(f.Gateways, f.Telemetry);

        var applied = await executor.ApplyAsync(Decision(DrainAction.SetDraining(f.Instance("i-1")), CompleteI1), dryRun: false, default);

        Assert.Equal(DrainOutcome.Applied, applied.Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
        var duration = Assert.Single(f.Telemetry.Metrics, m => m.Name == DrainMetrics.DrainDuration);
        Assert.Equal((42, "Seconds"), (duration.Value, duration.Unit));
        Assert.Equal(new MetricDimension(DrainMetrics.GroupDimension, DrainFixture.Group), Assert.Single(duration.Dimensions));
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.LifecycleActionsCompleted));
    }

    [Fact]
    public async Task A_heartbeat_or_completion_for_a_finished_action_is_success_without_a_count()
    {
        var f = new DrainFixture();
        var executor = new DrainExecutor(f.Gateways, f.Telemetry);

        var applied = await executor.ApplyAsync(Decision(DrainAction.Heartbeat(CompleteI1.LifecycleAction), CompleteI1), dryRun: false, default);

        Assert.Equal(DrainOutcome.Applied, applied.Outcome);
        Assert.Equal(0, f.Telemetry.Sum(DrainMetrics.HeartbeatsSent) + f.Telemetry.Sum(DrainMetrics.LifecycleActionsCompleted));
    }

    [Fact]
    public async Task Stops_at_the_first_failure_logs_it_and_rethrows()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", DrainFixture.Throttled("ecs", "UpdateContainerInstancesState"));
        var executor = new DrainExecutor(f.Gateways, f.Telemetry);
        var instance = f.Instance("i-1");

        await Assert.ThrowsAsync<AwsCallException>(() => executor.ApplyAsync(Decision(DrainAction.SetDraining(instance), DrainAction.PutAttributes(instance, new Dictionary<string, string> { ["a"] = "b" })), false, default));

        Assert.Equal(0, f.Ecs.Calls["PutAttributes"]);
        var log = Assert.Single(f.Telemetry.Logs);
        Assert.Equal(("failed", "SetDraining"), ((string?)log.Fields["outcome"], (string?)log.Fields["failedAction"]));
        Assert.Equal(DrainMetrics.StepsFailed, Assert.Single(f.Telemetry.Metrics).Name);
    }

    [Fact]
    public async Task Dry_run_logs_the_plan_and_calls_nothing()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        var executor = new DrainExecutor(f.Gateways, f.Telemetry);

        var planned = await executor.ApplyAsync(Decision(DrainAction.SetDraining(f.Instance("i-1")), CompleteI1), dryRun: true, default);

        Assert.Equal(DrainOutcome.Planned, planned.Outcome);
        Assert.Equal(0, f.TotalCalls);
        Assert.Equal("SetDraining,CompleteLifecycleAction", Assert.Single(f.Telemetry.Logs).Fields["actions"]);
    }
}

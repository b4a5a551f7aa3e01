using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class TerminateHookHandlerTests
{
    [Fact]
    public async Task Our_hook_sets_the_instance_DRAINING_and_records_the_drain_start()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        var result = await f.HandleAsync(f.Terminate("i-1"));

        var instance = f.Instance("i-1");
        Assert.Equal(ContainerInstanceStatus.Draining, instance.Status);
        Assert.Equal("2026-11-27T03:00:00Z", instance.Attributes[DrainAttributes.DrainStarted]);
        Assert.Equal(DrainFixture.Group, instance.Attributes[DrainAttributes.DrainGroup]);
        Assert.Equal([DrainActionKind.PutAttributes, DrainActionKind.SetDraining], result.Actions.Select(a => a.Kind));
        Assert.Equal(0, f.AutoScaling.Calls["CompleteLifecycleAction"]);
    }

    [Fact]
    public async Task An_instance_that_never_joined_a_cluster_is_released_with_CONTINUE_at_once()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-lonely", DrainFixture.Group, LifecycleStates.TerminatingWait);

        await f.HandleAsync(f.Terminate("i-lonely"));

        var (action, result) = Assert.Single(f.AutoScaling.Completions);
        Assert.Equal(LifecycleResult.Continue, result);
        Assert.Equal(DrainFixture.Hook, action.HookName);
    }

    [Theory]
    [InlineData(DrainFixture.ForeignGroup, LifecycleStates.TerminatingWait)]
    [InlineData(DrainFixture.Group, LifecycleStates.InService)]
    public async Task An_unknown_instance_not_terminating_in_our_group_is_not_completed(string group, string state)
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-elsewhere", group, state);
        var forged = new Events.LifecycleActionEvent(DrainFixture.Origin, LifecycleTransition.Terminating,
            new LifecycleActionRef(DrainFixture.Group, DrainFixture.Hook, "i-elsewhere", "token-1"), null, null, null);

        var result = await f.HandleAsync(forged);

        Assert.Empty(f.AutoScaling.Completions);
        Assert.Equal(0, f.MutatingCalls);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(result.Decisions).Outcome);
    }

    [Theory]
    [InlineData(DrainFixture.ForeignGroup, LifecycleStates.TerminatingWait)]
    [InlineData(DrainFixture.ForeignGroup, LifecycleStates.InService)]
    [InlineData(DrainFixture.Group, LifecycleStates.InService)]
    public async Task A_registered_instance_not_terminating_in_the_named_group_is_neither_drained_nor_completed(string group, string state)
    {
        var f = new DrainFixture();
        f.AddInstance("i-other", group: group, lifecycleState: state);
        var forged = new Events.LifecycleActionEvent(DrainFixture.Origin, LifecycleTransition.Terminating,
            new LifecycleActionRef(DrainFixture.Group, DrainFixture.Hook, "i-other", "token-1"), null, null, null);

        var result = await f.HandleAsync(forged);

        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-other").Status);
        Assert.Equal(0, f.MutatingCalls);
        Assert.Equal(0, f.Ecs.Calls.Total);
        Assert.Contains("not in Terminating:Wait in group", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_drain_costs_one_auto_scaling_check_and_one_listing_but_no_describe()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        await f.HandleAsync(f.Terminate("i-1"));

        Assert.Equal((1, 1, 0), (f.AutoScaling.Calls["DescribeAutoScalingInstances"], f.Ecs.Calls["ListContainerInstances"], f.Ecs.Calls["DescribeContainerInstances"]));
        Assert.Equal((1, 1), (f.Ecs.Calls["PutAttributes"], f.Ecs.Calls["UpdateContainerInstancesState"]));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
    }

    [Fact]
    public async Task Already_draining_with_a_recorded_start_is_left_as_it_is()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        await f.HandleAsync(f.Terminate("i-1"));
        var mutatingAfterFirst = f.MutatingCalls;
        f.Time.Advance(TimeSpan.FromMinutes(5));

        var again = await f.HandleAsync(f.Terminate("i-1"));

        Assert.Equal(mutatingAfterFirst, f.MutatingCalls);
        Assert.Equal(DrainOutcome.NoOp, Assert.Single(again.Decisions).Outcome);
        Assert.Equal("2026-11-27T03:00:00Z", f.Instance("i-1").Attributes[DrainAttributes.DrainStarted]);
    }

    [Theory]
    [InlineData(DrainOptions.EcsManagedHookName, DrainFixture.Group)]
    [InlineData("someone-elses-hook", DrainFixture.Group)]
    [InlineData(DrainFixture.Hook, DrainFixture.ForeignGroup)]
    public async Task Foreign_hooks_and_groups_are_ignored_without_any_call(string hook, string group)
    {
        var f = new DrainFixture();
        f.AddInstance("i-1", group: group);

        var result = await f.HandleAsync(f.Terminate("i-1", hook, group));

        Assert.Equal(0, f.TotalCalls);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(result.Decisions).Outcome);
        Assert.Contains("not one of ours", result.Decisions[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_midway_is_finished_by_the_retry()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", new Core.Gateways.AwsCallException("ecs", "UpdateContainerInstancesState", "ServerException", "boom", "r", 500));
        var e = f.Terminate("i-1");

        await Assert.ThrowsAsync<Core.Gateways.AwsCallException>(() => f.HandleAsync(e));
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-1").Status);
        Assert.Contains(f.Telemetry.Logs, l => l.Level == Core.Observability.LogLevel.Error && (string?)l.Fields["failedAction"] == "SetDraining");
        f.Time.Advance(TimeSpan.FromMinutes(1));

        var retry = await f.HandleAsync(e);

        Assert.Equal([DrainActionKind.PutAttributes, DrainActionKind.SetDraining], retry.Actions.Select(a => a.Kind));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
        Assert.Equal("2026-11-27T03:01:00Z", f.Instance("i-1").Attributes[DrainAttributes.DrainStarted]);
    }

    [Fact]
    public async Task A_throttled_start_is_deferred_to_the_sweeper_instead_of_failing_the_invocation()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", DrainFixture.Throttled("ecs", "UpdateContainerInstancesState"));

        var result = await f.HandleAsync(f.Terminate("i-1"));

        Assert.Equal(DrainOutcome.Deferred, Assert.Single(result.Decisions).Outcome);
        Assert.Contains(f.Telemetry.Logs, l => l.Level == Core.Observability.LogLevel.Warn && (string?)l.Fields["outcome"] == "deferred");
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-1").Status);

        await f.HandleAsync(f.Tick);

        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
    }

    [Fact]
    public async Task One_decision_log_line_names_instance_group_cluster_hook_and_reason()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        await f.HandleAsync(f.Terminate("i-1"));

        var log = Assert.Single(f.Telemetry.Logs);
        Assert.Equal("i-1", log.Fields["instanceId"]);
        Assert.Equal(DrainFixture.Group, log.Fields["asg"]);
        Assert.Equal(Build.ClusterArn, log.Fields["cluster"]);
        Assert.Equal(DrainFixture.Hook, log.Fields["hook"]);
        Assert.Contains("DRAINING", (string)log.Fields["reason"]!, StringComparison.Ordinal);
    }
}

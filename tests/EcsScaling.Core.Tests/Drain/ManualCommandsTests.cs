using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class ManualCommandsTests
{
    [Fact]
    public async Task Drain_dry_run_returns_the_plan_and_changes_nothing()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        var result = await f.Coordinator.DrainAsync("i-1", dryRun: true, default);

        Assert.Equal(0, f.MutatingCalls);
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-1").Status);
        var decision = Assert.Single(result.Decisions);
        Assert.Equal(DrainOutcome.Planned, decision.Outcome);
        Assert.Equal([DrainActionKind.PutAttributes, DrainActionKind.SetDraining], decision.Actions.Select(a => a.Kind));
    }

    [Fact]
    public async Task Undrain_sets_ACTIVE_and_clears_our_attributes()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        await f.Coordinator.DrainAsync("i-1", false, default);

        await f.Coordinator.UndrainAsync("i-1", false, default);

        var instance = f.Instance("i-1");
        Assert.Equal(ContainerInstanceStatus.Active, instance.Status);
        Assert.DoesNotContain(instance.Attributes.Keys, DrainAttributes.All.Contains);
        Assert.Contains(ContainerInstance.AvailabilityZoneAttribute, instance.Attributes.Keys);
    }

    [Fact]
    public async Task Undrain_of_an_active_instance_is_a_no_op()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        var result = await f.Coordinator.UndrainAsync("i-1", false, default);

        Assert.Equal(0, f.MutatingCalls);
        Assert.Equal(DrainOutcome.NoOp, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public async Task An_unknown_instance_gets_a_clear_answer_and_no_mutating_call()
    {
        var f = new DrainFixture();

        var result = await f.Coordinator.DrainAsync("i-typo", false, default);

        Assert.Equal(0, f.MutatingCalls);
        Assert.Equal("i-typo is not registered in any configured cluster (prod)", Assert.Single(result.Decisions).Reason);
    }

    [Fact]
    public async Task Force_complete_sends_the_given_result_to_our_hook_only()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        f.Ecs.AddTask(Build.Task("t", instance));
        await f.HandleAsync(f.Terminate("i-1"));

        var result = await f.Coordinator.ForceCompleteAsync("i-1", LifecycleResult.Abandon, "bad host", false, default);

        var (action, lifecycleResult) = Assert.Single(f.AutoScaling.Completions);
        Assert.Equal((DrainFixture.Hook, LifecycleResult.Abandon), (action.HookName, lifecycleResult));
        Assert.Contains((("i-1", DrainOptions.EcsManagedHookName)), f.AutoScaling.PendingActions);
        Assert.Contains("bad host", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Force_complete_without_a_pending_action_does_nothing()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");

        var result = await f.Coordinator.ForceCompleteAsync("i-1", LifecycleResult.Continue, "test", false, default);

        Assert.Equal(0, f.MutatingCalls);
        Assert.Contains("no lifecycle action pending (InService)", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }
}

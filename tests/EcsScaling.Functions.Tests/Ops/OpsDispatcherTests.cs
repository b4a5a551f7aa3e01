using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.Ops;

public class OpsDispatcherTests
{
    private readonly OpsSimulation _ops = new();

    [Fact]
    public void Dry_run_drain_plans_without_a_single_mutating_call()
    {
        var instance = _ops.BusyInstance();
        var before = _ops.MutatingCalls;

        var response = _ops.Run(new DrainCommand(instance, DryRun: true));

        var decision = Assert.Single(response.Drain!.Decisions);
        Assert.Equal(DrainOutcome.Planned, decision.Outcome);
        Assert.Contains(decision.Actions, a => a.Kind == DrainActionKind.SetDraining);
        Assert.Equal(before, _ops.MutatingCalls);
        Assert.Equal(ContainerInstanceStatus.Active, _ops.Sim.Ecs.InstancesByEc2Id[instance].Status);
    }

    [Fact]
    public void Drain_sets_the_instance_draining_and_undrain_sets_it_active_again()
    {
        var instance = _ops.BusyInstance();

        var drained = _ops.Run(new DrainCommand(instance, DryRun: false));
        Assert.Equal(DrainOutcome.Applied, Assert.Single(drained.Drain!.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, _ops.Sim.Ecs.InstancesByEc2Id[instance].Status);

        var undrained = _ops.Run(new UndrainCommand(instance, DryRun: false));
        Assert.Equal(DrainOutcome.Applied, Assert.Single(undrained.Drain!.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Active, _ops.Sim.Ecs.InstancesByEc2Id[instance].Status);
    }

    [Fact]
    public void Drain_needs_only_the_cluster_and_status_says_no_hook_is_completed_here()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_ASG_NAMES"] = null, ["ECS_SCALING_TERMINATE_HOOK_NAMES"] = null });
        var instance = ops.BusyInstance();

        var drained = ops.Run(new DrainCommand(instance, DryRun: false));
        var status = ops.Run(new StatusCommand(null));

        Assert.Equal(DrainOutcome.Applied, Assert.Single(drained.Drain!.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, ops.Sim.Ecs.InstancesByEc2Id[instance].Status);
        Assert.False(status.Status!.LifecycleHooks!.Configured);
        Assert.True(_ops.Run(new StatusCommand(null)).Status!.LifecycleHooks!.Groups.SequenceEqual([StandardCluster.Group]));
    }

    [Fact]
    public void Complete_hook_without_groups_completes_nothing_and_says_why()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_ASG_NAMES"] = null });
        var instance = ops.InstanceInTerminatingWait();
        var before = ops.MutatingCalls;

        var response = ops.Run(new CompleteHookCommand(instance, LifecycleResult.Continue, "on-call", DryRun: false));

        var decision = Assert.Single(response.Drain!.Decisions);
        Assert.Equal(DrainOutcome.Ignored, decision.Outcome);
        Assert.Contains("not in any of our Auto Scaling groups", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(before, ops.MutatingCalls);
        Assert.Equal(LifecycleStates.TerminatingWait, ops.Sim.AutoScaling.Instances[instance].LifecycleState);
    }

    [Fact]
    public void Drain_of_an_unknown_instance_is_ignored_with_the_reason()
    {
        var response = _ops.Run(new DrainCommand("i-0123456789abcdef0", DryRun: false));

        var decision = Assert.Single(response.Drain!.Decisions);
        Assert.Equal(DrainOutcome.Ignored, decision.Outcome);
        Assert.Contains("not registered", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_hook_lets_a_waiting_instance_go_and_its_dry_run_does_not()
    {
        var instance = _ops.InstanceInTerminatingWait();
        var before = _ops.MutatingCalls;

        var plan = _ops.Run(new CompleteHookCommand(instance, LifecycleResult.Continue, "on-call", DryRun: true));
        Assert.Equal(DrainOutcome.Planned, Assert.Single(plan.Drain!.Decisions).Outcome);
        Assert.Equal(before, _ops.MutatingCalls);

        var done = _ops.Run(new CompleteHookCommand(instance, LifecycleResult.Continue, "on-call", DryRun: false));
        var decision = Assert.Single(done.Drain!.Decisions);
        Assert.Equal(DrainOutcome.Applied, decision.Outcome);
        Assert.True(decision.Forced);
        Assert.Contains("on-call", decision.Reason, StringComparison.Ordinal);
        Assert.NotEqual(LifecycleStates.TerminatingWait, _ops.Sim.AutoScaling.Instances[instance].LifecycleState);
    }

    [Fact]
    public void Rebalance_plans_moves_without_mutating_then_executes_them()
    {
        var before = _ops.MutatingCalls;

        var plan = _ops.Run(new RebalanceCommand(StandardCluster.Cluster, DryRun: true, IgnoreCooldown: false));

        Assert.Equal(RebalanceOutcome.DryRun, plan.Rebalance!.Outcome);
        Assert.NotEmpty(plan.Rebalance.Plan!.Moves);
        Assert.Equal(before, _ops.MutatingCalls);

        var run = _ops.Run(new RebalanceCommand(StandardCluster.Cluster, DryRun: false, IgnoreCooldown: false));

        Assert.Equal(RebalanceOutcome.WaveStarted, run.Rebalance!.Outcome);
        Assert.NotEmpty(run.Rebalance.StoppedTaskArns);
        Assert.True(_ops.MutatingCalls > before);
    }

    [Fact]
    public void Policies_diff_reports_drift_apply_fixes_it_and_a_second_diff_is_clean()
    {
        var before = _ops.MutatingCalls;
        var diff = _ops.Run(new PoliciesCommand(PoliciesAction.Diff, null, DryRun: false));
        Assert.Equal(PolicyOutcome.Drift, diff.Policies!.Outcome);
        Assert.NotEmpty(diff.Policies.Changes);
        Assert.Equal(before, _ops.MutatingCalls);

        var planned = _ops.Run(new PoliciesCommand(PoliciesAction.Apply, null, DryRun: true));
        Assert.Equal(PolicyOutcome.Planned, planned.Policies!.Outcome);
        Assert.Equal(before, _ops.MutatingCalls);

        var applied = _ops.Run(new PoliciesCommand(PoliciesAction.Apply, null, DryRun: false));
        Assert.Equal(PolicyOutcome.Applied, applied.Policies!.Outcome);
        Assert.NotEmpty(_ops.Sim.ScalingPolicies.Policies);

        Assert.Equal(PolicyOutcome.NoChange, _ops.Run(new PoliciesCommand(PoliciesAction.Diff, null, DryRun: false)).Policies!.Outcome);
    }
}

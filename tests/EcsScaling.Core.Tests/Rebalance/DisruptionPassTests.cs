using EcsScaling.Core.Clusters;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;
using static EcsScaling.Core.Tests.Rebalance.RebalanceWorlds;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>A wave's pass through the disruption budgets, planned through <see cref="RebalancePlanner"/> (Now is 03:00 UTC).</summary>
public class DisruptionPassTests
{

    private static RebalanceOptions With(string budgets) =>
        UncappedOptions with { DisruptionBudgets = DisruptionBudgetsParser.Parse(new Dictionary<string, string?> { [DisruptionBudgetsParser.Variable] = budgets, [ManagedClusters.Variable] = "prod,staging" }) };

    [Fact]
    public void Consolidation_is_held_back_inside_its_window_and_the_plan_says_by_which_budget()
    {
        var plan = RebalancePlanner.Plan(Consolidatable().Snapshot(), NoneProtected, With("consolidation=0 at 0 0 * * * for 6h"), Now);

        Assert.Empty(plan.Moves);
        Assert.True(plan.HeldByBudget);
        var hold = plan.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Consolidation);
        Assert.Equal(["i-light"], hold.HeldBackInstances);
        Assert.Equal(0, hold.Check.Allowed);
        Assert.Contains("consolidation held back on 1 instances (i-light): consolidation budget 'consolidation=0 at 0 0 * * * for 6h' allows 0", plan.Summary, StringComparison.Ordinal);
        Assert.Equal(plan.ScoreBefore, plan.ScoreAfter);
    }

    [Fact]
    public void A_budget_of_another_cluster_holds_nothing_back_and_one_of_this_cluster_shows_in_the_plan()
    {
        var other = RebalancePlanner.Plan(Consolidatable().Snapshot(), NoneProtected, With("staging: consolidation=0"), Now);
        var own = RebalancePlanner.Plan(Consolidatable().Snapshot(), NoneProtected, With("staging: consolidation=0; prod: consolidation=0"), Now);

        Assert.Equal(2, other.Moves.Count);
        Assert.Empty(other.DisruptionBudgets);
        Assert.Empty(own.Moves);
        Assert.Equal("prod: consolidation=0", own.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Consolidation).Check.Binding!.Text);
    }

    [Fact]
    public void Outside_its_window_the_same_budget_lets_consolidation_free_the_instance()
    {
        var plan = RebalancePlanner.Plan(Consolidatable().Snapshot(), NoneProtected, With("consolidation=0 at 0 12 * * * for 6h"), Now);

        Assert.Equal(2, plan.Moves.Count);
        Assert.All(plan.Moves, m => Assert.Equal((MoveKind.Consolidate, "i-light"), (m.Kind, m.FromEc2InstanceId)));
        Assert.False(plan.HeldByBudget);
        Assert.Null(plan.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Consolidation).Check.Allowed);
    }

    [Fact]
    public void A_rebalance_budget_of_one_lets_a_wave_stop_tasks_on_one_instance_only()
    {
        var unlimited = RebalancePlanner.Plan(AfterScaleOut(SpreadInstance).Snapshot(), NoneProtected, UncappedOptions, Now);
        var plan = RebalancePlanner.Plan(AfterScaleOut(SpreadInstance).Snapshot(), NoneProtected, With("rebalance=1"), Now);

        Assert.Equal(2, unlimited.Moves.Select(m => m.FromEc2InstanceId).Distinct().Count());
        Assert.Empty(unlimited.DisruptionBudgets);
        Assert.Single(plan.Moves.Select(m => m.FromEc2InstanceId).Distinct());
        Assert.NotEmpty(plan.Moves);
        Assert.True(plan.HeldByBudget);
        Assert.Single(plan.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Rebalance).HeldBackInstances);
    }

    [Fact]
    public void Instances_already_draining_for_any_reason_use_the_budget()
    {
        var cluster = AfterScaleOut(SpreadInstance);
        cluster.Instance("i-leaving", status: ContainerInstanceStatus.Draining);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, With("2"), Now);

        Assert.Single(plan.Moves.Select(m => m.FromEc2InstanceId).Distinct());
        var check = plan.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Rebalance).Check;
        Assert.Equal((2, 1, 1), (check.Allowed!.Value, check.Disrupted.Count, check.Remaining!.Value));
    }

    [Fact]
    public void Freeing_counts_against_the_consolidation_budget_after_the_spread_sources_of_the_same_wave()
    {
        var cluster = Consolidatable();
        cluster.Service("api", 2, 50, 200, SpreadInstance);
        cluster.Tasks("api", "i-full", 2, cpu: 256);

        var both = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);
        var one = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, With("1"), Now);

        Assert.Contains(both.Moves, m => m.Kind == MoveKind.Consolidate);
        Assert.Contains(one.Moves, m => m.Kind == MoveKind.Spread);
        Assert.DoesNotContain(one.Moves, m => m.Kind == MoveKind.Consolidate);
        Assert.Equal(["i-light"], one.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Consolidation).HeldBackInstances);
    }

    [Fact]
    public void The_instance_drain_waits_for_the_rebalance_budget()
    {
        var cluster = PackedOnOne(newInstances: 2, minHealthy: 100);

        var held = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, With("rebalance=0") with { AllowInstanceDrain = true }, Now);
        var allowed = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, With("rebalance=1") with { AllowInstanceDrain = true }, Now);

        Assert.Null(held.Drain);
        Assert.True(held.IsEmpty);
        Assert.Equal(["i-old1"], held.DisruptionBudgets.Single(h => h.Check.Reason == DisruptionReason.Rebalance).HeldBackInstances);
        Assert.Equal(held.ScoreBefore, held.ScoreAfter);
        Assert.Equal("i-old1", allowed.Drain?.Ec2InstanceId);
    }
}

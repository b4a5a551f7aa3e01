using EcsScaling.Core.Clusters;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Drain;

/// <summary>Drain starts pass the disruption budgets: lifecycle drains go ahead (counted), recommendations and manual drains wait.</summary>
public class DisruptionGateTests
{
    private static DrainFixture Budgeted(string budgets, params (string Name, string Value)[] settings) =>
        new([(DisruptionBudgetsParser.Variable, budgets), (DrainVariables.RebalanceRecommendation, "drain"), (DrainVariables.RecommendationMaxShare, "100"), .. settings]);

    private static DrainFixture WithInstances(DrainFixture f, int count)
    {
        foreach (var i in Enumerable.Range(1, count))
        {
            f.AddInstance($"i-{i}");
        }

        return f;
    }

    [Fact]
    public async Task Lifecycle_drains_past_the_budget_go_ahead_and_say_so_in_the_log_and_a_metric()
    {
        var f = WithInstances(Budgeted("1"), 4);

        var spot = await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-1", "terminate"));
        var hook = await f.HandleAsync(f.Terminate("i-2"));

        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-2").Status);
        Assert.Equal(DrainBudgetVerdict.Within, Assert.Single(spot.Decisions).DisruptionBudget!.Verdict);
        var over = Assert.Single(hook.Decisions);
        Assert.Equal((DrainBudgetVerdict.Over, DisruptionReason.ScaleIn), (over.DisruptionBudget!.Verdict, over.DisruptionBudget.Check.Reason));
        Assert.Contains("over budget, drained anyway (AWS terminates it whatever we do): scale-in budget '1' allows 1 of 4 instances disrupted at once; 1 disrupted (spot-interruption 1) of 4", over.Reason, StringComparison.Ordinal);
        var metric = Assert.Single(f.Telemetry.Metrics, m => m.Name == DisruptionMetrics.OverBudget);
        Assert.Equal(["prod", "scale-in"], metric.Dimensions.Select(d => d.Value));
        Assert.Contains(f.Telemetry.Logs, l => l.Level == Observability.LogLevel.Warn && Equals(l.Fields["disruptionReason"], "scale-in") && Equals(l.Fields["budgetVerdict"], "Over"));
    }

    [Fact]
    public async Task Drains_the_sweeper_starts_for_lost_terminate_events_pass_the_budget_each_counting_the_one_before_it()
    {
        var (f, plain) = (WithInstances(Budgeted("1"), 4), WithInstances(new DrainFixture(), 4));
        foreach (var fixture in new[] { f, plain })
        {
            fixture.Terminate("i-1");
            fixture.Terminate("i-2");
        }

        var result = await f.HandleAsync(f.Tick);
        await plain.HandleAsync(plain.Tick);

        Assert.Equal([DrainBudgetVerdict.Within, DrainBudgetVerdict.Over], result.Decisions.Where(d => d.DisruptionBudget is not null).Select(d => d.DisruptionBudget!.Verdict));
        Assert.Equal(["prod", "scale-in"], Assert.Single(f.Telemetry.Metrics, m => m.Name == DisruptionMetrics.OverBudget).Dimensions.Select(d => d.Value));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-2").Status);
        Assert.Equal(1, f.Ecs.Calls["ListContainerInstances"] - plain.Ecs.Calls["ListContainerInstances"]);
    }

    [Fact]
    public async Task A_recommendation_waits_for_budget_and_drains_once_the_other_drain_is_over()
    {
        var f = WithInstances(Budgeted("rebalance-recommendation=1"), 4);
        await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-1", "terminate"));

        var held = await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-2"));
        f.Ecs.Instances[f.Instance("i-1").Arn] = f.Instance("i-1") with { Status = ContainerInstanceStatus.Inactive };
        await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-2"));

        var decision = Assert.Single(held.Decisions);
        Assert.Equal((DrainOutcome.Ignored, DrainBudgetVerdict.HeldBack), (decision.Outcome, decision.DisruptionBudget!.Verdict));
        Assert.Contains("rebalance-recommendation: held by disruption budget, not drained now: rebalance-recommendation budget 'rebalance-recommendation=1' allows 1", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(["prod", "rebalance-recommendation"], Assert.Single(f.Telemetry.Metrics, m => m.Name == DisruptionMetrics.HeldBack).Dimensions.Select(d => d.Value));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-2").Status);
    }

    [Fact]
    public async Task A_manual_drain_over_budget_is_refused_with_the_budget_named_and_no_mutating_call()
    {
        var f = WithInstances(Budgeted("manual=0 at 0 0 * * * for 6h"), 2);

        var result = await f.Coordinator.DrainAsync("i-1", false, default);

        Assert.Equal(0, f.MutatingCalls);
        Assert.Contains("manual budget 'manual=0 at 0 0 * * * for 6h' allows 0", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_drain_is_held_by_its_own_cluster_budget_and_not_by_another_cluster_budget()
    {
        var clusters = (ManagedClusters.Variable, "prod,staging");
        var own = WithInstances(Budgeted("prod: manual=0; staging: 5", clusters), 2);
        var other = WithInstances(Budgeted("staging: manual=0", clusters), 2);

        var held = await own.Coordinator.DrainAsync("i-1", false, default);
        var drained = await other.Coordinator.DrainAsync("i-1", false, default);

        Assert.Contains("manual budget 'prod: manual=0' allows 0", Assert.Single(held.Decisions).Reason, StringComparison.Ordinal);
        Assert.Equal(ContainerInstanceStatus.Active, own.Instance("i-1").Status);
        Assert.Null(Assert.Single(drained.Decisions).DisruptionBudget);
        Assert.Equal(ContainerInstanceStatus.Draining, other.Instance("i-1").Status);
    }

    [Fact]
    public async Task A_drain_start_costs_one_listing_with_budgets_and_none_without()
    {
        var plain = WithInstances(new DrainFixture(), 2);
        var budgeted = WithInstances(Budgeted("10"), 2);

        var result = await plain.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-1", "terminate"));
        await budgeted.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-1", "terminate"));

        Assert.Null(Assert.Single(result.Decisions).DisruptionBudget);
        Assert.Equal(1, budgeted.Ecs.Calls["ListContainerInstances"] - plain.Ecs.Calls["ListContainerInstances"]);
    }

    [Fact]
    public async Task An_instance_already_draining_is_already_counted_and_not_checked_again()
    {
        var f = WithInstances(Budgeted("0"), 2);
        f.AddInstance("i-d", ContainerInstanceStatus.Draining);

        var result = await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-d", "terminate"));

        Assert.Null(Assert.Single(result.Decisions).DisruptionBudget);
    }
}

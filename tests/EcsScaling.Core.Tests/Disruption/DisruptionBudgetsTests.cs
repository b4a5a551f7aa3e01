using EcsScaling.Core.Clusters;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Disruption;

public class DisruptionBudgetsTests
{
    // Monday 30 November 2026.
    private static readonly DateTimeOffset MondayNoon = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static DisruptionBudgets Budgets(string text) =>
        DisruptionBudgetsParser.Parse(new Dictionary<string, string?> { [DisruptionBudgetsParser.Variable] = text, [ManagedClusters.Variable] = "prod,staging" });

    private static DisruptedInstances Cluster(int active, params string?[] drainReasons) =>
        DisruptedInstances.Of([
            .. Enumerable.Range(0, active).Select(i => Build.Instance($"i-a{i}")),
            .. drainReasons.Select((reason, i) => Draining($"i-d{i}", reason)),
        ]);

    private static ContainerInstance Draining(string id, string? reason)
    {
        var instance = Build.Instance(id, ContainerInstanceStatus.Draining);
        return reason is null ? instance : instance with { Attributes = new Dictionary<string, string?>(instance.Attributes) { [DisruptedInstances.DrainReasonAttribute] = reason } };
    }

    [Fact]
    public void A_cluster_has_the_budgets_naming_it_and_those_naming_none_and_the_most_restrictive_of_them_wins()
    {
        var budgets = Budgets("3; prod: consolidation=1; staging: 0");

        var prod = budgets.For("arn:aws:ecs:us-east-1:123456789012:cluster/prod");
        var other = budgets.For("batch");

        Assert.Equal(["3", "prod: consolidation=1"], prod.All.Select(b => b.Text));
        var consolidation = prod.Check(DisruptionReason.Consolidation, Cluster(10), MondayNoon);
        Assert.Equal(("prod: consolidation=1", (int?)1), (consolidation.Binding!.Text, consolidation.Allowed));
        Assert.Equal("3", prod.Check(DisruptionReason.Rebalance, Cluster(10), MondayNoon).Binding!.Text);
        Assert.Equal(["3"], other.All.Select(b => b.Text));
        Assert.True(Budgets("staging: 0").For("prod").IsEmpty);
    }

    [Fact]
    public void The_most_restrictive_budget_in_force_wins()
    {
        var check = Budgets("50%; consolidation=2; rebalance=1").Check(DisruptionReason.Consolidation, Cluster(10), MondayNoon);

        Assert.Equal(2, check.Allowed);
        Assert.Equal("consolidation=2", check.Binding!.Text);
        Assert.Equal(["50%", "consolidation=2"], check.InForce.Select(b => b.Text));
    }

    [Fact]
    public void A_reason_no_budget_names_is_unbounded()
    {
        var check = Budgets("consolidation=0").Check(DisruptionReason.Rebalance, Cluster(4, "terminate-hook"), MondayNoon);

        Assert.Null(check.Allowed);
        Assert.Null(check.Remaining);
        Assert.True(check.MayDisrupt(100));
        Assert.Contains("no rebalance budget in force", check.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_applies_only_while_it_is_open()
    {
        var budgets = Budgets("10; consolidation=0 at 0 8 * * 1-5 for 10h");

        Assert.Equal(0, budgets.Check(DisruptionReason.Consolidation, Cluster(10), MondayNoon).Allowed);
        Assert.Equal(10, budgets.Check(DisruptionReason.Consolidation, Cluster(10), MondayNoon.AddHours(6)).Allowed);
        Assert.Equal(10, budgets.Check(DisruptionReason.Consolidation, Cluster(10), MondayNoon.AddDays(5)).Allowed);
        Assert.Equal(["10"], budgets.ActiveAt(MondayNoon.AddHours(6)).Select(b => b.Text));
    }

    [Fact]
    public void Every_instance_disrupted_for_any_reason_uses_every_reasons_budget()
    {
        var check = Budgets("consolidation=3").Check(DisruptionReason.Consolidation, Cluster(6, "terminate-hook", "spot-interruption"), MondayNoon);

        Assert.Equal(3, check.Allowed);
        Assert.Equal(2, check.Disrupted.Count);
        Assert.Equal(1, check.Remaining);
        Assert.True(check.MayDisrupt());
        Assert.False(check.MayDisrupt(2));
        Assert.False(check.Exceeded);
    }

    [Fact]
    public void Lifecycle_drains_can_push_the_count_past_the_budget_and_remaining_stays_at_zero()
    {
        var check = Budgets("2").Check(DisruptionReason.Rebalance, Cluster(5, "terminate-hook", "terminate-hook/sweeper", "spot-interruption"), MondayNoon);

        Assert.True(check.Exceeded);
        Assert.Equal(0, check.Remaining);
        Assert.False(check.MayDisrupt());
    }

    [Fact]
    public void Percentages_are_of_the_active_and_draining_instances_rounded_up()
    {
        var instances = new[] { Build.Instance("i-1"), Build.Instance("i-2"), Draining("i-3", "manual"), Build.Instance("i-4", ContainerInstanceStatus.Inactive) };
        var check = Budgets("34%").Check(DisruptionReason.Manual, DisruptedInstances.Of(instances), MondayNoon);

        Assert.Equal(3, check.Disrupted.Total);
        Assert.Equal(2, check.Allowed);
        Assert.Equal(1, check.Remaining);
    }
}

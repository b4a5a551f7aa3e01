using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Tests.Disruption;

public class DisruptionBudgetsParserTests
{
    private const string ProdArn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod";

    private static DisruptionBudgets Parse(string? text) =>
        DisruptionBudgetsParser.Parse(new Dictionary<string, string?> { [DisruptionBudgetsParser.Variable] = text, [ManagedClusters.Variable] = $"{ProdArn},staging" });

    [Fact]
    public void Unset_means_no_budget_and_no_limit()
    {
        Assert.True(Parse(null).IsEmpty);
        Assert.True(Parse("  ").IsEmpty);
    }

    [Fact]
    public void The_documented_example_reads_as_three_budgets()
    {
        var budgets = Parse("20%; consolidation=0 at 0 8 * * mon-fri for 10h; rebalance, rebalance-recommendation = 1").All;

        Assert.Equal(3, budgets.Count);
        Assert.Empty(budgets[0].Reasons);
        Assert.Equal(new BudgetNodes(20, IsPercent: true), budgets[0].Nodes);
        Assert.Null(budgets[0].Schedule);
        Assert.Equal([DisruptionReason.Consolidation], budgets[1].Reasons);
        Assert.Equal("0 8 * * mon-fri", budgets[1].Schedule!.Text);
        Assert.Equal(TimeSpan.FromHours(10), budgets[1].Duration);
        Assert.Equal([DisruptionReason.RebalanceRecommendation, DisruptionReason.Rebalance], budgets[2].Reasons.Order());
        Assert.Equal("rebalance, rebalance-recommendation = 1", budgets[2].Text);
    }

    [Fact]
    public void A_star_names_every_reason()
    {
        var budget = Assert.Single(Parse("*=2 at @daily for 1h30m").All);
        Assert.Empty(budget.Reasons);
        Assert.Equal(TimeSpan.FromMinutes(90), budget.Duration);
    }

    [Fact]
    public void A_cluster_prefix_limits_a_budget_to_the_managed_clusters_it_names_by_name_or_arn()
    {
        var budgets = Parse($"prod, staging: consolidation=0 at 0 8 * * mon-fri for 10h; {ProdArn}: 1; 20%").All;

        Assert.Equal(["prod", "staging"], budgets[0].Clusters.Select(c => c.Name));
        Assert.Equal([DisruptionReason.Consolidation], budgets[0].Reasons);
        Assert.Equal("0 8 * * mon-fri", budgets[0].Schedule!.Text);
        Assert.Equal("prod, staging: consolidation=0 at 0 8 * * mon-fri for 10h", budgets[0].Text);
        Assert.Equal((ProdArn, new BudgetNodes(1, IsPercent: false)), (Assert.Single(budgets[1].Clusters).Text, budgets[1].Nodes));
        Assert.Empty(budgets[2].Clusters);
        Assert.True(budgets[1].Covers("prod") && budgets[1].Covers(ProdArn) && !budgets[1].Covers("staging"));
        Assert.True(budgets[2].Covers("anything"));
    }

    [Fact]
    public void A_cluster_that_is_not_managed_or_not_a_cluster_is_named_with_what_is_wrong()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("prd: 1; prod!: 1; : 1; staging: lots"));

        Assert.Equal(4, error.Problems.Count);
        Assert.Equal($"ECS_SCALING_DISRUPTION_BUDGETS: budget 'prd: 1': cluster 'prd' is not one of the managed clusters (ECS_SCALING_CLUSTERS: {ProdArn}, staging).", error.Problems[0]);
        Assert.Contains("budget 'prod!: 1': cluster \"prod!\": a cluster name has only letters, numbers, hyphens and underscores", error.Problems[1], StringComparison.Ordinal);
        Assert.Contains("budget ': 1': cluster \"\": the cluster name is empty", error.Problems[2], StringComparison.Ordinal);
        Assert.Contains("budget 'staging: lots': 'lots' is not a number of instances or a percent", error.Problems[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10h", 600)]
    [InlineData("90m", 90)]
    [InlineData("1h30m", 90)]
    public void Durations_are_hours_and_minutes(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), DisruptionBudgetsParser.ParseDuration(text));

    [Theory]
    [InlineData("0m")]
    [InlineData("10s")]
    [InlineData("1d")]
    [InlineData("")]
    [InlineData("h")]
    public void Other_durations_are_refused(string text) => Assert.Null(DisruptionBudgetsParser.ParseDuration(text));

    [Fact]
    public void Every_bad_budget_is_named_with_what_is_wrong_in_one_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("10%; spot=1; consolidation=lots; rebalance=1 at 0 25 * * * for 1h; manual=1 at 0 8 * * * for 2d; scale-in=1 at 0 8 * * *"));

        Assert.Equal(5, error.Problems.Count);
        Assert.StartsWith("ECS_SCALING_DISRUPTION_BUDGETS: budget 'spot=1': 'spot' is not a reason; use * or scale-in, spot-interruption,", error.Problems[0], StringComparison.Ordinal);
        Assert.Contains("budget 'consolidation=lots': 'lots' is not a number of instances or a percent", error.Problems[1], StringComparison.Ordinal);
        Assert.Contains("budget 'rebalance=1 at 0 25 * * * for 1h': schedule '0 25 * * *': hour field '25'", error.Problems[2], StringComparison.Ordinal);
        Assert.Contains("budget 'manual=1 at 0 8 * * * for 2d': duration '2d' is not hours and minutes", error.Problems[3], StringComparison.Ordinal);
        Assert.Contains("budget 'scale-in=1 at 0 8 * * *': a schedule ('at <cron>') needs a duration ('for 10h')", error.Problems[4], StringComparison.Ordinal);
        Assert.Contains("budget 'x y z': expected '[clusters:] [reasons=]nodes [at <cron> for <duration>]'", Assert.Throws<ConfigurationException>(() => Parse("x y z")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid disruption budget configuration:", error.Message, StringComparison.Ordinal);
    }
}

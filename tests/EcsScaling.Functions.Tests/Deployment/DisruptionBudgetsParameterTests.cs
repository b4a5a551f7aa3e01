using System.Text.RegularExpressions;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>The template's DisruptionBudgets parameter admits every form of budget the README documents.</summary>
public class DisruptionBudgetsParameterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("20%; prod: consolidation=0 at 0 8 * * mon-fri for 10h; rebalance,rebalance-recommendation=1")]
    [InlineData("prod_eu, staging: *=2 at @daily for 1h30m; arn:aws:ecs:us-east-1:123456789012:cluster/prod: 1")]
    public void The_parameter_admits_budgets_with_and_without_clusters(string budgets) =>
        Assert.Matches(new Regex(TemplateRules.AllowedPattern("DisruptionBudgets")!), budgets);
}

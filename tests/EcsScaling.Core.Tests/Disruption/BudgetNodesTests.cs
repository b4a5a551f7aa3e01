using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Tests.Disruption;

public class BudgetNodesTests
{
    [Theory]
    [InlineData("10%", 10, 1)]
    [InlineData("10%", 5, 1)]
    [InlineData("10%", 11, 2)]
    [InlineData("10%", 0, 0)]
    [InlineData("0%", 50, 0)]
    [InlineData("100%", 7, 7)]
    [InlineData("33%", 3, 1)]
    [InlineData("34%", 3, 2)]
    [InlineData("3", 100, 3)]
    [InlineData("0", 100, 0)]
    public void Percentages_round_up_as_karpenter_does(string text, int instances, int allowed)
    {
        Assert.Equal(allowed, BudgetNodes.Parse(text)!.Value.Of(instances));
        Assert.Equal(text, BudgetNodes.Parse(text)!.Value.ToString());
    }

    [Theory]
    [InlineData("101%")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("%")]
    [InlineData("ten")]
    [InlineData("")]
    public void Anything_but_a_count_or_a_percent_is_refused(string text) => Assert.Null(BudgetNodes.Parse(text));
}

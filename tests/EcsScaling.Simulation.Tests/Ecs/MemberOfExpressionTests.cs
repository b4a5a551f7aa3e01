using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Ecs;

public class MemberOfExpressionTests
{
    private static SimContainerInstance Instance(string az, string? tier)
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("c");
        var attributes = new Dictionary<string, string?>();
        if (tier is not null)
        {
            attributes["tier"] = tier;
        }

        return sim.Ecs.RegisterInstance(cluster, "i-0123", az, new Resources(1024, 1024), attributes);
    }

    [Theory]
    [InlineData("attribute:tier == web", "us-east-1a", "web", true)]
    [InlineData("attribute:tier != web", "us-east-1a", "web", false)]
    [InlineData("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", "us-east-1b", null, true)]
    [InlineData("attribute:ecs.availability-zone !in [us-east-1a]", "us-east-1a", null, false)]
    [InlineData("attribute:tier exists", "us-east-1a", null, false)]
    [InlineData("attribute:tier == batch or attribute:ecs.availability-zone == us-east-1a", "us-east-1a", "web", true)]
    [InlineData("attribute:tier == web and attribute:ecs.availability-zone == us-east-1b", "us-east-1a", "web", false)]
    public void Evaluates_the_cluster_query_language_subset(string expression, string az, string? tier, bool expected) =>
        Assert.Equal(expected, MemberOfExpression.Parse(expression).Matches(Instance(az, tier)));

    [Theory]
    [InlineData("attribute:tier =~ web.*")]
    [InlineData("task:group == service:web")]
    [InlineData("attribute:tier")]
    public void Unsupported_expressions_are_rejected(string expression) =>
        Assert.Throws<ArgumentException>(() => MemberOfExpression.Parse(expression));
}

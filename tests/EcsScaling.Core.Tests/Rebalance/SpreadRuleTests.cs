using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Rebalance;

public class SpreadRuleTests
{
    private static (SpreadRule? Rule, string? Unsupported) Of(PlacementStrategy[] strategies, params PlacementConstraint[] constraints) =>
        SpreadRule.Of(Build.Service("web", 2) with { PlacementStrategies = strategies, PlacementConstraints = constraints });

    [Fact]
    public void No_strategy_is_the_ECS_default_spread_across_zones() =>
        Assert.Equal(SpreadOrder.ZoneOnly, Of([]).Rule!.Order);

    [Fact]
    public void Spread_fields_are_read_in_order_and_host_means_instanceId()
    {
        Assert.Equal(SpreadOrder.ZoneThenInstance, Of([ClusterBuilderStrategies.Zone, ClusterBuilderStrategies.Instance]).Rule!.Order);
        Assert.Equal(SpreadOrder.InstanceThenZone, Of([new PlacementStrategy("spread", "host"), ClusterBuilderStrategies.Zone]).Rule!.Order);
        Assert.True(Of([], new PlacementConstraint("distinctInstance", null)).Rule!.DistinctInstance);
    }

    [Theory]
    [InlineData("binpack", "memory")]
    [InlineData("random", null)]
    [InlineData("spread", "attribute:ecs.instance-type")]
    public void Strategies_whose_placement_cannot_be_predicted_are_unsupported(string type, string? field)
    {
        var (rule, unsupported) = Of([new PlacementStrategy(type, field)]);

        Assert.Null(rule);
        Assert.Contains(type, unsupported, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberOf_constraints_are_unsupported() =>
        Assert.Contains("memberOf", Of([], new PlacementConstraint("memberOf", "attribute:x == y")).Unsupported, StringComparison.Ordinal);

    private static class ClusterBuilderStrategies
    {
        public static PlacementStrategy Zone => ClusterBuilder.SpreadZone;

        public static PlacementStrategy Instance => ClusterBuilder.SpreadInstance;
    }
}

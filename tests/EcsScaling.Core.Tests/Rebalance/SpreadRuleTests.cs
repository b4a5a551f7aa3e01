using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Rebalance;

public class SpreadRuleTests
{
    private static (SpreadRule? Rule, string? Unsupported) Of(PlacementStrategy[] strategies, params PlacementConstraint[] constraints) =>
        SpreadRule.Of(Build.Service("web", 2) with { PlacementStrategies = strategies, PlacementConstraints = constraints });

    [Fact]
    public void No_strategy_is_the_ECS_default_spread_across_zones_then_fewest_tasks_per_instance() =>
        Assert.Equal(SpreadOrder.ZoneThenInstance, Of([]).Rule!.Order);

    [Fact]
    public void Binpack_alone_or_after_a_zone_spread_is_modelled()
    {
        var alone = Of([new PlacementStrategy("binpack", "cpu")]).Rule!;
        var afterZones = Of([ClusterBuilderStrategies.Zone, new PlacementStrategy("binpack", "memory")]).Rule!;

        Assert.Equal((SpreadOrder.None, "cpu", false), (alone.Order, alone.Pack, alone.ZoneFirst));
        Assert.Equal((SpreadOrder.ZoneOnly, "memory", true), (afterZones.Order, afterZones.Pack, afterZones.ZoneFirst));
        Assert.False(afterZones.CountsPerInstance);
        Assert.Equal("spread(availability-zone), binpack(memory)", afterZones.Describe());
    }

    [Fact]
    public void Spread_fields_are_read_in_order_and_host_means_instanceId()
    {
        Assert.Equal(SpreadOrder.ZoneThenInstance, Of([ClusterBuilderStrategies.Zone, ClusterBuilderStrategies.Instance]).Rule!.Order);
        Assert.Equal(SpreadOrder.InstanceThenZone, Of([new PlacementStrategy("spread", "host"), ClusterBuilderStrategies.Zone]).Rule!.Order);
        Assert.True(Of([], new PlacementConstraint("distinctInstance", null)).Rule!.DistinctInstance);
    }

    [Theory]
    [InlineData("binpack", "storage")]
    [InlineData("random", null)]
    [InlineData("spread", "attribute:ecs.instance-type")]
    public void Strategies_whose_placement_cannot_be_predicted_are_unsupported(string type, string? field)
    {
        var (rule, unsupported) = Of([new PlacementStrategy(type, field)]);

        Assert.Null(rule);
        Assert.Contains(type, unsupported, StringComparison.Ordinal);
    }

    [Fact]
    public void Binpack_after_an_instance_spread_or_followed_by_a_spread_is_unsupported()
    {
        Assert.Null(Of([ClusterBuilderStrategies.Instance, new PlacementStrategy("binpack", "cpu")]).Rule);
        Assert.Null(Of([new PlacementStrategy("binpack", "cpu"), ClusterBuilderStrategies.Zone]).Rule);
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

using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Ecs;

public class PlacementTests
{
    [Fact]
    public void Default_service_placement_spreads_across_zones_then_instances()
    {
        var sim = TestSim.Create();
        var (_, instances) = TestSim.Cluster(sim, perZone: 2);
        var service = TestSim.Service(sim, instances[0].Cluster, "web", desired: 6);

        TestSim.Settle(sim);

        Assert.All(instances, i => Assert.Single(i.Tasks));
        Assert.Equal(6, TestSim.Running(service));
    }

    [Fact]
    public void Binpack_on_memory_fills_one_instance_before_the_next()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        TestSim.Service(sim, cluster, "batch", desired: 4, new ServiceSpec { PlacementStrategies = [new("binpack", "memory")] });

        TestSim.Settle(sim);

        Assert.Equal([4, 0, 0], instances.Select(i => i.Tasks.Count).OrderDescending());
    }

    [Fact]
    public void DistinctInstance_is_binding_even_when_it_leaves_tasks_unplaced()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "one-each", desired: 5, new ServiceSpec { PlacementConstraints = [new("distinctInstance", null)] });

        TestSim.Settle(sim);

        Assert.Equal(3, TestSim.Running(service));
        Assert.Contains(sim.Ecs.ServiceMessages, m => m.Service == "one-each");
    }

    [Fact]
    public void MemberOf_restricts_placement_to_matching_instances()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "zonal", desired: 3,
            new ServiceSpec { PlacementConstraints = [new("memberOf", "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]")] });

        TestSim.Settle(sim);

        Assert.Empty(instances.Single(i => i.AvailabilityZone == "us-east-1c").Tasks);
        Assert.Equal(3, TestSim.Running(service));
    }

    [Fact]
    public void Tasks_only_go_where_resources_fit()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1, cpu: 1024, memory: 2048);
        var service = TestSim.Service(sim, cluster, "big", desired: 7, cpu: 512, memory: 512);

        TestSim.Settle(sim);

        Assert.Equal(6, TestSim.Running(service));
        Assert.All(instances, i => Assert.True(i.Remaining.Cpu >= 0));
    }

    [Theory]
    [InlineData("binpack", "instanceId")]
    [InlineData("spread", "cpu")]
    [InlineData("roundrobin", null)]
    public void Invalid_strategies_are_rejected_with_a_clear_error(string type, string? field)
    {
        var error = Assert.Throws<ArgumentException>(() => Placement.Validate([new PlacementStrategy(type, field)], []));
        Assert.Contains(type, error.Message, StringComparison.Ordinal);
    }
}

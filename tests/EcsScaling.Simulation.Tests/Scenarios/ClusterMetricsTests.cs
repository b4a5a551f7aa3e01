using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Scenarios;

public class ClusterMetricsTests
{
    [Fact]
    public void Imbalance_is_zero_when_even_and_grows_when_new_instances_are_empty()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        TestSim.Service(sim, cluster, "web", desired: 6);
        TestSim.Settle(sim);
        Assert.Equal(0, ClusterMetrics.Imbalance(sim, "prod"));

        sim.Ecs.RegisterInstance(cluster, "i-empty", "us-east-1a", new Core.Model.Resources(1024, 2048));

        Assert.Equal(1.333, ClusterMetrics.Imbalance(sim, "prod"));
    }

    [Fact]
    public void Cpu_reservation_is_reserved_over_registered_cpu_in_percent()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1, cpu: 1024);
        TestSim.Service(sim, cluster, "web", desired: 6, cpu: 256);
        TestSim.Settle(sim);

        Assert.Equal(50, ClusterMetrics.CpuReservation(sim, "prod"));
    }
}

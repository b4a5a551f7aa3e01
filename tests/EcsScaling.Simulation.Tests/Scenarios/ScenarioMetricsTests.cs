using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Scenarios;

public class ScenarioMetricsTests
{
    [Fact]
    public void Imbalance_score_is_zero_as_placed_and_counts_the_tasks_a_new_instance_leaves_misplaced()
    {
        var sim = TestSim.Create(faults: new FaultOptions { ThrottleProbability = 0.5 });
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        TestSim.Service(sim, cluster, "web", desired: 6);
        TestSim.Settle(sim);
        Assert.Equal(0, ScenarioMetrics.ImbalanceScore(sim, "prod"));

        sim.Ecs.RegisterInstance(cluster, "i-empty", "us-east-1a", new Core.Model.Resources(1024, 2048));

        // us-east-1a's two web tasks now want one per instance: one of six is misplaced (read without the throttling).
        Assert.Equal(0.167, ScenarioMetrics.ImbalanceScore(sim, "prod"));
    }

    [Fact]
    public void Cpu_reservation_is_reserved_over_registered_cpu_in_percent()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1, cpu: 1024);
        TestSim.Service(sim, cluster, "web", desired: 6, cpu: 256);
        TestSim.Settle(sim);

        Assert.Equal(50, ScenarioMetrics.CpuReservation(sim, "prod"));
    }
}

using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Scenarios;

public class InvariantsTests
{
    [Fact]
    public void A_service_short_of_tasks_is_lost_only_when_capacity_would_allow_more()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1, cpu: 512, memory: 1024);
        TestSim.Service(sim, cluster, "full", desired: 9, cpu: 256, memory: 256);
        TestSim.Settle(sim);
        Assert.Empty(Invariants.NoTaskLost.Check(sim));

        // Six of nine fit; room appears, and until the scheduler has used it the missing tasks count as lost.
        sim.Ecs.RegisterInstance(cluster, "i-new", "us-east-1a", new Core.Model.Resources(512, 1024));

        Assert.Contains(Invariants.NoTaskLost.Check(sim), v => v.Contains("full", StringComparison.Ordinal));
    }

    [Fact]
    public void A_daemon_service_is_never_counted_as_losing_tasks()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        TestSim.Service(sim, cluster, "agent", desired: 0, new ServiceSpec { Daemon = true });
        TestSim.Settle(sim);
        Assert.Empty(Invariants.NoTaskLost.Check(sim));
    }
}

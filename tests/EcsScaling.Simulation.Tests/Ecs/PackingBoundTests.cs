using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Ecs;

public class PackingBoundTests
{
    [Fact]
    public void The_bound_is_the_larger_of_the_cpu_and_memory_ceilings() =>
        Assert.Equal((3, 4, 0), (
            PackingBound.Instances(new Resources(5000, 1000), new Resources(2048, 4096)),
            PackingBound.Instances(new Resources(100, 16000), new Resources(2048, 4096)),
            PackingBound.Instances(Resources.Zero, new Resources(2048, 4096))));

    [Fact]
    public void Daemons_take_their_share_of_every_instance_and_Fargate_tasks_need_none()
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        TestSim.Service(sim, cluster, "web", desired: 0, cpu: 512, memory: 1024);
        TestSim.Service(sim, cluster, "agent", desired: 0, new ServiceSpec { Daemon = true }, cpu: 24, memory: 48);
        TestSim.Service(sim, cluster, "checkout", desired: 0, new ServiceSpec { Fargate = true });

        // 4 × 512 = 2048 CPU does not fit 2048 − 24 per instance.
        Assert.Equal(2, PackingBound.Instances(cluster, new Resources(2048, 4096), s => s.IsDaemon ? 0 : 4));
    }
}

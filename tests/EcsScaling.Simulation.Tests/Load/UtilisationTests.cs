using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Tests.Load;

/// <summary>CPU reservation as a soft limit on Linux (CPU shares): more while the instance has spare, the reservation under contention.</summary>
public class UtilisationTests
{
    private static (Simulator Sim, SimCluster Cluster) OneInstance()
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        sim.Ecs.RegisterInstance(cluster, "i-1", "us-east-1a", new Resources(1024, 4096));
        return (sim, cluster);
    }

    [Fact]
    public void A_task_alone_uses_more_than_it_reserves_while_the_instance_has_spare()
    {
        var (sim, cluster) = OneInstance();
        TestSim.Service(sim, cluster, "web", desired: 1, cpu: 256);
        TestSim.Settle(sim);

        var load = Utilisation.Of(cluster, new Dictionary<string, ServiceDemand> { ["web"] = new("web", 768) }, _ => 1);

        Assert.Equal(300, load.Services["web"].CpuUtilization, 6);
        Assert.Equal(768, load.ActiveInstanceCpuUsed, 6);
    }

    [Fact]
    public void Under_contention_each_task_keeps_its_reservation_and_shares_what_is_left()
    {
        var (sim, cluster) = OneInstance();
        TestSim.Service(sim, cluster, "web", desired: 1, cpu: 256);
        TestSim.Service(sim, cluster, "api", desired: 1, cpu: 512);
        TestSim.Settle(sim);

        var load = Utilisation.Of(cluster, new Dictionary<string, ServiceDemand> { ["web"] = new("web", 2000), ["api"] = new("api", 2000) }, _ => 1);

        // 1024 CPU: 256 + 512 guaranteed, the 256 left split 1:2 as their CPU shares.
        Assert.Equal(256 + (256.0 / 3), load.Services["web"].CpuUsed, 6);
        Assert.Equal(512 + (512.0 / 3), load.Services["api"].CpuUsed, 6);
    }

    [Fact]
    public void What_a_satisfied_task_leaves_goes_to_the_others()
    {
        var (sim, cluster) = OneInstance();
        TestSim.Service(sim, cluster, "web", desired: 1, cpu: 256);
        TestSim.Service(sim, cluster, "api", desired: 1, cpu: 256);
        TestSim.Settle(sim);

        var load = Utilisation.Of(cluster, new Dictionary<string, ServiceDemand> { ["web"] = new("web", 300), ["api"] = new("api", 2000) }, _ => 1);

        Assert.Equal(300, load.Services["web"].CpuUsed, 6);
        Assert.Equal(1024 - 300, load.Services["api"].CpuUsed, 6);
    }

    [Fact]
    public void A_hard_limit_caps_the_task_and_Fargate_caps_at_the_reservation()
    {
        var (sim, cluster) = OneInstance();
        TestSim.Service(sim, cluster, "web", desired: 1, cpu: 256);
        var fargate = sim.Ecs.CreateCluster("prod-fargate");
        TestSim.Service(sim, fargate, "checkout", desired: 1, new ServiceSpec { Fargate = true }, cpu: 256);
        TestSim.Settle(sim);

        var web = Utilisation.Of(cluster, new Dictionary<string, ServiceDemand> { ["web"] = new("web", 900) { CpuHardLimit = 2 } }, _ => 1);
        var checkout = Utilisation.Of(fargate, new Dictionary<string, ServiceDemand> { ["checkout"] = new("checkout", 900) }, _ => 1);

        Assert.Equal(200, web.Services["web"].CpuUtilization, 6);
        Assert.Equal(100, checkout.Services["checkout"].CpuUtilization, 6);
    }

    [Fact]
    public void Demand_is_shared_by_the_running_tasks_and_memory_grows_with_cpu_up_to_the_reservation()
    {
        var (sim, cluster) = OneInstance();
        TestSim.Service(sim, cluster, "web", desired: 2, cpu: 256, memory: 512);
        TestSim.Settle(sim);

        var load = Utilisation.Of(cluster, new Dictionary<string, ServiceDemand> { ["web"] = new("web", 256) { MemoryIdle = 0.4, MemoryPerCpu = 0.2 } }, _ => 1);

        Assert.Equal(50, load.Services["web"].CpuUtilization, 6);
        Assert.Equal(50, load.Services["web"].MemoryUtilization, 6); // 0.4 + 0.2 × 0.5
    }
}

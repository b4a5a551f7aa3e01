using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Ecs;

public class EcsModelSchedulerTests
{
    [Fact]
    public void Desired_above_what_fits_leaves_the_service_short_says_so_and_places_the_rest_when_capacity_arrives()
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        sim.Ecs.RegisterInstance(cluster, "i-1", "us-east-1a", new Resources(1024, 2048));
        var service = TestSim.Service(sim, cluster, "web", desired: 6);

        TestSim.Settle(sim);
        Assert.Equal(4, TestSim.Running(service));
        Assert.Contains(sim.Ecs.ServiceMessages, m => m.Service == "web" && m.Message.Contains("was unable to place 2 task(s)", StringComparison.Ordinal));

        sim.Ecs.RegisterInstance(cluster, "i-2", "us-east-1b", new Resources(1024, 2048));
        TestSim.Settle(sim);
        Assert.Equal(6, TestSim.Running(service));
    }

    [Fact]
    public void A_Fargate_service_runs_its_tasks_without_container_instances()
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod-fargate");
        var service = TestSim.Service(sim, cluster, "checkout", desired: 3, new ServiceSpec { Fargate = true });

        TestSim.Settle(sim);

        Assert.Equal(3, TestSim.Running(service));
        Assert.Empty(cluster.Instances);
        Assert.All(service.Tasks, t => Assert.Equal(("FARGATE", (string?)null), (t.ToModel().LaunchType, t.ToModel().ContainerInstanceArn)));
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Tests.Load;

public class EcsMetricsTests
{
    [Fact]
    public void Reservation_counts_ACTIVE_instances_only_and_a_service_without_running_tasks_has_no_datapoint()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        TestSim.Service(sim, cluster, "web", desired: 2, new Simulation.Ecs.ServiceSpec { PlacementStrategies = [new("binpack", "cpu")] }, cpu: 512, memory: 512);
        TestSim.Service(sim, cluster, "idle", desired: 0);
        TestSim.Settle(sim);
        var empty = instances.First(i => i.Tasks.Count == 0);
        sim.Ecs.SetInstanceStatus(empty, ContainerInstanceStatus.Draining);

        var load = Utilisation.Of(cluster, new Dictionary<string, ServiceDemand> { ["web"] = new("web", 512) }, _ => 1);
        EcsMetrics.Publish(sim.CloudWatch, cluster, load, sim.Clock.GetUtcNow());

        MetricDimension[] clusterName = [new("ClusterName", "prod")];
        var now = sim.Clock.GetUtcNow();
        Assert.Equal(50, sim.CloudWatch.Find("AWS/ECS", "CPUReservation", clusterName)!.Latest(now)); // 1024 of the 2 ACTIVE × 1024
        Assert.Equal(25, sim.CloudWatch.Find("AWS/ECS", "CPUUtilization", clusterName)!.Latest(now));
        Assert.Equal(50, sim.CloudWatch.Find("AWS/ECS", "CPUUtilization", [.. clusterName, new("ServiceName", "web")])!.Latest(now));
        Assert.Null(sim.CloudWatch.Find("AWS/ECS", "CPUUtilization", [.. clusterName, new("ServiceName", "idle")]));
    }
}

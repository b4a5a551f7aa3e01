using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.LoadBalancing;

/// <summary>https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#deregistration-delay</summary>
public class LoadBalancingModelTests
{
    [Fact]
    public void A_running_service_task_is_registered_and_turns_healthy()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        var group = sim.LoadBalancing.CreateTargetGroup("web");
        var service = TestSim.Service(sim, cluster, "web", desired: 3, new ServiceSpec { TargetGroupArns = [group.Arn] });

        TestSim.Settle(sim);

        Assert.Equal(3, group.Targets.Count);
        Assert.All(group.Targets.Values, t => Assert.Equal(TargetState.Healthy, t.State));
        Assert.All(service.Tasks, t => Assert.Contains(new TargetRef(t.Instance.Ec2InstanceId, t.HostPort), group.Targets.Keys));
    }

    [Fact]
    public void A_deregistering_target_stays_draining_for_the_default_300_seconds_and_the_task_stays_DEACTIVATING()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        var group = sim.LoadBalancing.CreateTargetGroup("web");
        var service = TestSim.Service(sim, cluster, "web", desired: 3, new ServiceSpec { TargetGroupArns = [group.Arn] });
        TestSim.Settle(sim);
        var task = service.Tasks.First();
        var target = new TargetRef(task.Instance.Ec2InstanceId, task.HostPort);

        sim.Ecs.StopTask(task, "test");
        sim.Clock.Advance(TimeSpan.FromSeconds(299));

        Assert.Equal(TargetState.Draining, group.Targets[target].State);
        Assert.Equal(EcsTaskStatus.Deactivating, task.LastStatus);

        sim.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(group.Targets.ContainsKey(target));
        Assert.Equal(EcsTaskStatus.Stopped, task.LastStatus);
    }

    [Fact]
    public void Ip_targets_use_the_task_address_and_container_port()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        var group = sim.LoadBalancing.CreateTargetGroup("api", targetType: "ip", deregistrationDelay: TimeSpan.FromSeconds(30));
        var definition = sim.Ecs.RegisterTaskDefinition("api", 256, 256, networkMode: "awsvpc", containerPort: 9000);
        var service = sim.Ecs.CreateService(cluster, "api", definition, 2, new ServiceSpec { TargetGroupArns = [group.Arn] });

        TestSim.Settle(sim);

        Assert.Equal(service.Tasks.Select(t => new TargetRef(t.PrivateIp, 9000)).ToHashSet(), group.Targets.Keys.ToHashSet());
    }
}

using System.Text.Json;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Tests.Ecs;

/// <summary>https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html</summary>
public class EcsModelTasksTests
{
    [Fact]
    public void A_task_goes_through_every_lifecycle_state_and_each_change_is_an_event()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1, zones: ["us-east-1a"]);
        var task = sim.Ecs.StartTask(instances[0], sim.Ecs.RegisterTaskDefinition("job", 256, 256), service: null);
        TestSim.Settle(sim, 30);
        sim.Ecs.StopTask(task, "done");
        TestSim.Settle(sim, 30);

        var statuses = sim.Events.Emitted.Where(e => e.DetailType == SimEvent.TaskStateChange)
            .Select(e => JsonDocument.Parse(e.Json).RootElement.GetProperty("detail").GetProperty("lastStatus").GetString()).Distinct();
        Assert.Equal([EcsTaskStatus.Provisioning, EcsTaskStatus.Pending, EcsTaskStatus.Running, EcsTaskStatus.Deactivating, EcsTaskStatus.Stopping, EcsTaskStatus.Stopped], statuses);
        Assert.Equal(Resources.Zero, instances[0].Reserved);
    }

    [Fact]
    public void Resources_stay_reserved_until_the_task_is_STOPPED()
    {
        var sim = TestSim.Create();
        var (_, instances) = TestSim.Cluster(sim, perZone: 1, zones: ["us-east-1a"]);
        var task = sim.Ecs.StartTask(instances[0], sim.Ecs.RegisterTaskDefinition("job", 256, 256), service: null);
        TestSim.Settle(sim, 30);

        sim.Ecs.StopTask(task, "done");
        sim.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(EcsTaskStatus.Stopping, task.LastStatus);
        Assert.Equal(new Resources(256, 256), instances[0].Reserved);
    }

    [Fact]
    public void A_terminated_instance_stops_its_tasks_and_turns_inactive()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "web", desired: 3);
        TestSim.Settle(sim);

        sim.Ecs.InstanceTerminated(instances[0].Ec2InstanceId);

        Assert.Equal(ContainerInstanceStatus.Inactive, instances[0].Status);
        Assert.Empty(instances[0].Tasks);
        TestSim.Settle(sim);
        Assert.Equal(3, TestSim.Running(service));
    }

    [Fact]
    public void Warm_start_fills_a_service_with_running_tasks_balanced_across_zones_within_capacity()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 2, cpu: 1024, memory: 4096);
        var service = sim.Ecs.CreateService(cluster, "bulk", sim.Ecs.RegisterTaskDefinition("bulk", 256, 256), 0);
        service.DesiredCount = 30;

        sim.Ecs.WarmStart(service);

        Assert.Equal(24, TestSim.Running(service));
        Assert.All(instances, i => Assert.Equal(4, i.Tasks.Count));
    }

    [Fact]
    public void A_disconnected_agent_gets_no_new_tasks_but_keeps_its_running_ones()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "web", desired: 3);
        TestSim.Settle(sim);

        sim.Ecs.SetAgentConnected(instances[0], false);
        sim.Ecs.UpdateService(service, desiredCount: 6);
        TestSim.Settle(sim);

        Assert.Single(instances[0].Tasks);
        Assert.Equal(6, TestSim.Running(service));
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Ecs;

/// <summary>https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-draining.html</summary>
public class EcsModelDrainingTests
{
    [Fact]
    public void With_spare_capacity_tasks_on_a_draining_instance_are_replaced_elsewhere_and_stopped()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 2);
        var service = TestSim.Service(sim, cluster, "web", desired: 6);
        TestSim.Settle(sim);
        var draining = instances[0];

        sim.Ecs.SetInstanceStatus(draining, ContainerInstanceStatus.Draining);
        TestSim.Settle(sim);

        Assert.Empty(draining.Tasks);
        Assert.Equal(6, TestSim.Running(service));
    }

    [Fact]
    public void RunningTasksCount_counts_tasks_desired_RUNNING_so_one_ECS_is_stopping_is_left_out_while_it_still_reserves()
    {
        // ContainerInstance.runningTasksCount: "tasks on the container instance that have a desired status of RUNNING" (ECS API reference).
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        TestSim.Service(sim, cluster, "web", desired: 3);
        TestSim.Settle(sim);
        var instance = instances.First(i => i.Tasks.Count > 0);
        var task = instance.Tasks.First();

        task.DesiredStatus = EcsTaskStatus.Stopped;

        Assert.Equal(EcsTaskStatus.Running, task.LastStatus);
        Assert.Equal(instance.Tasks.Count - 1, instance.ToModel().RunningTasksCount);
        Assert.NotEqual(instance.Registered, instance.ToModel().Remaining);
    }

    [Fact]
    public void At_100_100_without_spare_capacity_draining_never_stops_the_tasks()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1, cpu: 256, memory: 512);
        var service = TestSim.Service(sim, cluster, "tight", desired: 3, new ServiceSpec { MinimumHealthyPercent = 100, MaximumPercent = 100 });
        TestSim.Settle(sim);

        sim.Ecs.SetInstanceStatus(instances[0], ContainerInstanceStatus.Draining);
        TestSim.Settle(sim, seconds: 3600);

        Assert.Single(instances[0].Tasks, t => t.LastStatus == EcsTaskStatus.Running && t.IsActive);
        Assert.Equal(3, TestSim.Running(service));
    }

    [Fact]
    public void At_100_200_a_replacement_runs_before_the_draining_task_is_stopped()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "web", desired: 3, new ServiceSpec { MinimumHealthyPercent = 100, MaximumPercent = 200 });
        TestSim.Settle(sim);
        var original = instances[0].Tasks.Single();

        sim.Ecs.SetInstanceStatus(instances[0], ContainerInstanceStatus.Draining);
        TestSim.Settle(sim);

        var replacement = service.Tasks.Single(t => t.CreatedAt > original.CreatedAt);
        Assert.True(original.StoppingAt >= replacement.StartedAt, "stopped only once the replacement was RUNNING");
    }

    [Fact]
    public void Below_100_percent_minimum_healthy_tasks_stop_before_replacements_exist()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1, zones: ["us-east-1a", "us-east-1b"], cpu: 1024, memory: 2048);
        var service = TestSim.Service(sim, cluster, "workers", desired: 4,
            new ServiceSpec { MinimumHealthyPercent = 50, MaximumPercent = 100, PlacementStrategies = [new("binpack", "memory")] });
        TestSim.Settle(sim);
        var packed = instances.Single(i => i.Tasks.Count == 4);

        sim.Ecs.SetInstanceStatus(packed, ContainerInstanceStatus.Draining);
        sim.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(2, packed.Tasks.Count(t => !t.IsActive));
        TestSim.Settle(sim);
        Assert.Equal(4, TestSim.Running(service));
        Assert.Empty(packed.Tasks);
    }

    [Fact]
    public void Daemon_tasks_stop_last_and_standalone_tasks_are_never_stopped()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var daemon = TestSim.Service(sim, cluster, "log-agent", desired: 0, new ServiceSpec { Daemon = true }, cpu: 64, memory: 64);
        TestSim.Service(sim, cluster, "web", desired: 3);
        TestSim.Settle(sim);
        var target = instances[0];
        var standalone = sim.Ecs.StartTask(target, sim.Ecs.RegisterTaskDefinition("cron", 64, 64), service: null);
        TestSim.Settle(sim);

        sim.Ecs.SetInstanceStatus(target, ContainerInstanceStatus.Draining);
        TestSim.Settle(sim);

        var daemonTask = daemon.Tasks.Concat(cluster.Tasks.Values).First(t => t.Service == daemon && t.Instance == target);
        var webTask = cluster.Tasks.Values.Single(t => t.Service?.Name == "web" && t.Instance == target);
        // ECS stops daemons once no replica is RUNNING, while the replica may still be deactivating (amazon-ecs-agent #3829).
        Assert.True(daemonTask.StoppingAt >= webTask.StoppingAt, "the daemon task was stopped after the replica task left RUNNING");
        Assert.True(daemonTask.StoppingAt < webTask.StoppedAt, "the daemon task was stopped before the replica task was STOPPED");
        Assert.Equal(EcsTaskStatus.Running, standalone.LastStatus);
        Assert.True(standalone.IsActive);
    }

    [Fact]
    public void Pending_tasks_on_a_draining_instance_are_stopped_at_once()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "web", desired: 3);
        sim.Clock.Advance(TimeSpan.FromSeconds(3));
        var pending = instances[0].Tasks.Single();
        Assert.Equal(EcsTaskStatus.Pending, pending.LastStatus);

        sim.Ecs.SetInstanceStatus(instances[0], ContainerInstanceStatus.Draining);
        sim.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(pending.IsActive);
        Assert.Null(pending.StartedAt);
        TestSim.Settle(sim);
        Assert.Equal(3, TestSim.Running(service));
    }

    [Fact]
    public void A_forced_new_deployment_replaces_every_task_within_min_and_max_percent()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 2);
        var service = TestSim.Service(sim, cluster, "web", desired: 4);
        TestSim.Settle(sim);
        var before = service.Tasks.ToList();

        sim.Ecs.UpdateService(service, forceNewDeployment: true);
        TestSim.Settle(sim);

        Assert.All(before, t => Assert.True(t.IsStopped));
        Assert.Equal(4, TestSim.Running(service));
        Assert.False(service.HasOldDeployment);
    }

    [Fact]
    public void Service_scale_in_skips_protected_tasks()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "web", desired: 3);
        TestSim.Settle(sim);
        var protectedTasks = service.Tasks.Take(2).ToList();
        protectedTasks.ForEach(t => sim.Ecs.SetTaskProtection(t, true));

        sim.Ecs.UpdateService(service, desiredCount: 1);
        TestSim.Settle(sim);

        Assert.All(protectedTasks, t => Assert.True(t.IsActive));
        Assert.Equal(2, TestSim.Running(service));
    }
}

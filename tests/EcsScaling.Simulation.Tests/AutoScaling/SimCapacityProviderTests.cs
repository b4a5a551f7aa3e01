using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.AutoScaling.TargetTracking;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.AutoScaling;

/// <summary>ECS cluster auto scaling with a capacity provider: the reservation metric, managed termination protection, managed draining.</summary>
public class SimCapacityProviderTests
{
    private readonly Simulator _sim = TestSim.Create();
    private readonly SimGroup _group;
    private readonly SimCapacityProvider _provider;

    public SimCapacityProviderTests()
    {
        _group = _sim.AutoScaling.CreateGroup("asg", _sim.Ecs.CreateCluster("prod"), 3, new Resources(1024, 2048), TestSim.ThreeZones, new GroupSpec { MinSize = 0, MaxSize = 10 });
        _provider = new SimCapacityProvider("cp", _group, _sim.Ecs, _sim.AutoScaling, _sim.CloudWatch, _sim.Clock);
        _provider.Attach();
    }

    private SimService Service(int desired, int cpu = 512) =>
        _sim.Ecs.CreateService(_group.Cluster, "web", _sim.Ecs.RegisterTaskDefinition("web", cpu, 512), desired, new ServiceSpec { PlacementStrategies = [new("binpack", "cpu")] });

    [Fact]
    public void Reservation_is_instances_needed_over_instances_running_counting_tasks_that_could_not_be_placed()
    {
        var web = Service(8);
        TestSim.Settle(_sim);
        Assert.Equal(6, web.HealthyCount);

        // 3 busy instances + 1 more for the 2 unplaced 512-CPU tasks, over 3 running.
        Assert.Equal(400.0 / 3, _provider.Reservation(), 6);
        _sim.Ecs.UpdateService(web, 2);
        TestSim.Settle(_sim);
        var busy = _group.Cluster.Instances.Values.Count(i => i.Tasks.Any(t => t.IsActive));
        Assert.InRange(busy, 1, 2);
        Assert.Equal(100.0 * busy / 3, _provider.Reservation(), 6);
    }

    [Fact]
    public void Its_policy_carries_managed_scalings_instance_warmup_period_default_300_s_over_the_groups()
    {
        _group.DefaultInstanceWarmup = TimeSpan.FromSeconds(60);

        Assert.Equal(TimeSpan.FromSeconds(300), _provider.Policy.InstanceWarmup);
        Assert.Equal(TimeSpan.FromSeconds(300), GroupScaler.WarmupOf(_group, [_provider.Policy]));
    }

    [Fact]
    public void With_no_instance_the_reservation_is_200_while_tasks_wait_and_100_otherwise()
    {
        var empty = _sim.AutoScaling.CreateGroup("empty", _sim.Ecs.CreateCluster("other"), 0, new Resources(1024, 2048), TestSim.ThreeZones);
        var provider = new SimCapacityProvider("cp2", empty, _sim.Ecs, _sim.AutoScaling, _sim.CloudWatch, _sim.Clock);
        Assert.Equal(100, provider.Reservation());
        _sim.Ecs.CreateService(empty.Cluster, "api", _sim.Ecs.RegisterTaskDefinition("api", 256, 256), 1);
        TestSim.Settle(_sim);
        Assert.Equal(200, provider.Reservation());
    }

    [Fact]
    public void Managed_termination_protection_protects_instances_with_non_daemon_tasks_only()
    {
        _sim.Ecs.CreateService(_group.Cluster, "agent", _sim.Ecs.RegisterTaskDefinition("agent", 32, 32), 0, new ServiceSpec { Daemon = true });
        Service(2);
        TestSim.Settle(_sim);

        _provider.Tick();

        var busy = _group.Instances.Values.Where(i => _sim.Ecs.InstancesByEc2Id[i.InstanceId].Tasks.Any(t => !t.IsDaemon)).Select(i => i.InstanceId).ToHashSet();
        Assert.All(_group.Instances.Values, i => Assert.Equal(busy.Contains(i.InstanceId), i.ProtectedFromScaleIn));
        Assert.Equal(2, busy.Count); // the daemon leaves no room for two 512-CPU tasks on one instance
        Assert.Single(_group.Instances.Values, i => !i.ProtectedFromScaleIn);
    }

    [Fact]
    public void Managed_draining_sets_DRAINING_and_completes_the_hook_once_only_daemon_tasks_remain()
    {
        _sim.Ecs.CreateService(_group.Cluster, "agent", _sim.Ecs.RegisterTaskDefinition("agent", 32, 32), 0, new ServiceSpec { Daemon = true });
        Service(3);
        TestSim.Settle(_sim);
        var victim = _group.Instances.Values.First(i => _sim.Ecs.InstancesByEc2Id[i.InstanceId].Tasks.Any(t => !t.IsDaemon));
        _sim.AutoScaling.SetInstanceProtection("asg", [victim.InstanceId], false);
        _sim.AutoScaling.TerminateInstance(victim.InstanceId, decrementDesiredCapacity: false);

        _provider.Drain();
        Assert.Equal(ContainerInstanceStatus.Draining, _sim.Ecs.InstancesByEc2Id[victim.InstanceId].Status);
        Assert.Equal(LifecycleStates.TerminatingWait, victim.LifecycleState);

        TestSim.Settle(_sim);
        _provider.Drain();
        Assert.NotEqual(LifecycleStates.TerminatingWait, victim.LifecycleState);
        Assert.Contains(_sim.AutoScaling.LifecycleActions, a => a.Hook.HookName == SimCapacityProvider.ManagedDrainingHook && a.Result == LifecycleResult.Continue && !a.TimedOut);
    }
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class TargetCheckTests
{
    [Fact]
    public async Task Daemon_target_groups_are_not_waited_for()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        var tg = f.LoadBalancing.AddTargetGroup("agent");
        f.Ecs.AddService(Build.Service("agent", 1, scheduling: SchedulingStrategy.Daemon) with { LoadBalancers = [new ServiceLoadBalancer(tg, "agent", 9000)] });
        f.Ecs.AddTask(Build.Task("agent-1", instance, group: "service:agent"));
        f.LoadBalancing.SetTarget(tg, new TargetRef("i-1", 9000), TargetState.Healthy);
        var context = new DrainContext(f.Gateways, f.Options, f.Time);

        var serving = await TargetCheck.StillServingAsync(context, await InstanceTasks.LoadAsync(context, instance, default), default);

        Assert.Empty(serving);
        Assert.Equal(0, f.LoadBalancing.Calls.Total);
    }

    [Fact]
    public async Task Reports_each_target_still_serving_with_its_group_and_state()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        var tg = f.LoadBalancing.AddTargetGroup("web");
        f.Ecs.AddService(Build.Service("web", 1) with { LoadBalancers = [new ServiceLoadBalancer(tg, "web", 80)] });
        f.Ecs.AddTask(Build.Task("web-1", instance, lastStatus: EcsTaskStatus.Stopped, desiredStatus: EcsTaskStatus.Stopped));
        f.LoadBalancing.SetTarget(tg, new TargetRef("i-1", 32768), TargetState.Draining);
        f.LoadBalancing.SetTarget(tg, new TargetRef("i-1", 32769), TargetState.Unhealthy);
        var context = new DrainContext(f.Gateways, f.Options, f.Time);

        var serving = await TargetCheck.StillServingAsync(context, await InstanceTasks.LoadAsync(context, instance, default), default);

        Assert.Equal($"{tg} i-1:32768 draining", Assert.Single(serving));
    }
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class LaunchHookHandlerTests
{
    private static LifecycleActionEvent Launch(DrainFixture f, string ec2Id, string hook = DrainFixture.LaunchHook, string? destination = null)
    {
        f.AutoScaling.StartLifecycleAction(ec2Id, LifecycleTransition.Launching);
        return new LifecycleActionEvent(DrainFixture.Origin, LifecycleTransition.Launching, new LifecycleActionRef(DrainFixture.Group, hook, ec2Id, "token"), null, "EC2", destination);
    }

    [Fact]
    public async Task A_launch_into_the_warm_pool_is_released_at_once_since_it_never_joins_there()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-warm", DrainFixture.Group);

        await f.HandleAsync(Launch(f, "i-warm", destination: "WarmPool"));

        Assert.Equal(LifecycleResult.Continue, Assert.Single(f.AutoScaling.Completions).Result);
        Assert.Equal(0, f.Ecs.Calls.Total);
    }

    [Fact]
    public async Task Completes_CONTINUE_when_the_container_instance_is_ACTIVE_and_connected()
    {
        var f = new DrainFixture();
        f.AddInstance("i-new");

        await f.HandleAsync(Launch(f, "i-new"));

        var (action, result) = Assert.Single(f.AutoScaling.Completions);
        Assert.Equal((DrainFixture.LaunchHook, LifecycleResult.Continue), (action.HookName, result));
    }

    [Fact]
    public async Task Never_completes_before_the_agent_has_joined_the_hook_timeout_abandons_instead()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-new", DrainFixture.Group);
        f.Ecs.AddInstance(Build.Instance("i-disconnected") with { AgentConnected = false });
        f.AutoScaling.AddInstance("i-disconnected", DrainFixture.Group);

        var a = await f.HandleAsync(Launch(f, "i-new"));
        var b = await f.HandleAsync(Launch(f, "i-disconnected"));

        Assert.Equal(0, f.MutatingCalls);
        Assert.Contains("not registered yet", Assert.Single(a.Decisions).Reason, StringComparison.Ordinal);
        Assert.Contains("agent connected False", Assert.Single(b.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_container_instance_joining_completes_the_pending_launch_action()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-new", DrainFixture.Group);
        await f.HandleAsync(Launch(f, "i-new"));
        var instance = f.Ecs.AddInstance(Build.Instance("i-new"));

        await f.HandleAsync(new ContainerInstanceStateChanged(DrainFixture.Origin, instance.ClusterArn, instance.Arn, "i-new", ContainerInstanceStatus.Active, true, 0));

        Assert.Equal("i-new", Assert.Single(f.AutoScaling.Completions).Action.InstanceId);
    }

    [Fact]
    public async Task An_ACTIVE_event_of_a_busy_instance_costs_no_call()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");

        await f.HandleAsync(new ContainerInstanceStateChanged(DrainFixture.Origin, instance.ClusterArn, instance.Arn, "i-1", ContainerInstanceStatus.Active, true, 5));

        Assert.Equal(0, f.TotalCalls);
    }

    [Fact]
    public async Task An_ACTIVE_event_without_a_task_count_is_judged_by_its_reservations()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-new", DrainFixture.Group);
        await f.HandleAsync(Launch(f, "i-new"));
        var instance = f.Ecs.AddInstance(Build.Instance("i-new"));
        var registered = new Resources(2048, 4096);
        ContainerInstanceStateChanged Joined(Resources remaining) =>
            new(DrainFixture.Origin, instance.ClusterArn, instance.Arn, "i-new", ContainerInstanceStatus.Active, true, null) { RegisteredResources = registered, RemainingResources = remaining };
        var before = f.TotalCalls;

        await f.HandleAsync(Joined(new Resources(1536, 3072)));
        Assert.Equal(before, f.TotalCalls);
        Assert.Empty(f.AutoScaling.Completions);

        await f.HandleAsync(Joined(registered));
        Assert.Equal("i-new", Assert.Single(f.AutoScaling.Completions).Action.InstanceId);
    }

    [Fact]
    public async Task The_sweeper_completes_joined_instances_in_Pending_Wait()
    {
        var f = new DrainFixture();
        f.AutoScaling.AddInstance("i-new", DrainFixture.Group);
        f.AutoScaling.StartLifecycleAction("i-new", LifecycleTransition.Launching);
        await f.HandleAsync(f.Tick);
        Assert.Empty(f.AutoScaling.Completions);

        f.Ecs.AddInstance(Build.Instance("i-new"));
        await f.HandleAsync(f.Tick);

        Assert.Equal(DrainFixture.LaunchHook, Assert.Single(f.AutoScaling.Completions).Action.HookName);
    }

    [Fact]
    public async Task A_foreign_launch_hook_is_ignored_without_any_call()
    {
        var f = new DrainFixture();
        f.AddInstance("i-new");

        await f.HandleAsync(Launch(f, "i-new", hook: "other-launch-hook"));

        Assert.Equal(0, f.TotalCalls);
    }
}

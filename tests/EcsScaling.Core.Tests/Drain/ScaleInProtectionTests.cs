using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class ScaleInProtectionTests
{
    private static DrainFixture ProtectedCluster()
    {
        var f = new DrainFixture((DrainVariables.ProtectedGroups, DrainFixture.Group));
        f.Ecs.AddService(Build.Service("web", 1));
        f.Ecs.AddService(Build.Service("agent", 3, scheduling: SchedulingStrategy.Daemon));
        var busy = f.AddInstance("i-busy");
        var daemonOnly = f.AddInstance("i-daemon-only");
        f.AddInstance("i-empty");
        f.Ecs.AddTask(Build.Task("web-1", busy));
        f.Ecs.AddTask(Build.Task("agent-1", busy, group: "service:agent"));
        f.Ecs.AddTask(Build.Task("agent-2", daemonOnly, group: "service:agent"));
        f.AutoScaling.Instances["i-daemon-only"] = f.AutoScaling.Instances["i-daemon-only"] with { ProtectedFromScaleIn = true };
        return f;
    }

    [Fact]
    public async Task Busy_instances_are_protected_and_empty_or_daemon_only_ones_are_not()
    {
        var f = ProtectedCluster();

        await f.HandleAsync(f.Tick);

        Assert.True(f.AutoScaling.Instances["i-busy"].ProtectedFromScaleIn);
        Assert.False(f.AutoScaling.Instances["i-daemon-only"].ProtectedFromScaleIn);
        Assert.False(f.AutoScaling.Instances["i-empty"].ProtectedFromScaleIn);
        Assert.Equal(2, f.AutoScaling.Calls["SetInstanceProtection"]);
    }

    [Fact]
    public async Task Only_changes_are_sent()
    {
        var f = ProtectedCluster();
        await f.HandleAsync(f.Tick);

        var second = await f.HandleAsync(f.Tick);

        Assert.Equal(2, f.AutoScaling.Calls["SetInstanceProtection"]);
        Assert.Equal(DrainOutcome.NoOp, Assert.Single(second.Decisions).Outcome);
    }

    [Fact]
    public async Task Groups_without_protection_are_never_touched()
    {
        var f = ProtectedCluster();
        var options = f.Options with { ProtectedGroups = [] };

        await new DrainCoordinator(f.Gateways, options, f.Time, f.Telemetry).HandleAsync(f.Tick, false, default);

        Assert.Equal(0, f.AutoScaling.Calls["SetInstanceProtection"]);
        Assert.Equal(0, f.Ecs.Calls["ListTasks"]);
    }

    [Fact]
    public async Task Calls_are_split_at_50_instances()
    {
        var f = new DrainFixture((DrainVariables.ProtectedGroups, DrainFixture.Group));
        f.Ecs.AddService(Build.Service("web", 120));
        for (var n = 0; n < 120; n++)
        {
            f.Ecs.AddTask(Build.Task($"t{n}", f.AddInstance($"i-{n}")));
        }

        await f.HandleAsync(f.Tick);

        Assert.Equal(3, f.AutoScaling.Calls["SetInstanceProtection"]);
        Assert.All(f.AutoScaling.Instances.Values, i => Assert.True(i.ProtectedFromScaleIn));
    }

    [Fact]
    public async Task A_protection_failure_does_not_hold_back_a_drain_in_the_same_sweep()
    {
        var f = ProtectedCluster();
        f.Terminate("i-empty");
        f.Ecs.Calls.FailNext("ListTasks", DrainFixture.Throttled("ecs", "ListTasks"));

        var result = await f.HandleAsync(f.Tick);

        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-empty").Status);
        Assert.Equal(DrainOutcome.Failed, result.Decisions.Single(d => d.Step == ScaleInProtection.Step).Outcome);
        Assert.Equal(0, f.AutoScaling.Calls["SetInstanceProtection"]);
    }
}

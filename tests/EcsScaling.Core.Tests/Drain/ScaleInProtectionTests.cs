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

        f.SetDesiredCapacity(120);

        await f.HandleAsync(f.Tick);

        Assert.Equal(3, f.AutoScaling.Calls["SetInstanceProtection"]);
        Assert.All(f.AutoScaling.Instances.Values, i => Assert.True(i.ProtectedFromScaleIn));
    }

    [Fact]
    public async Task A_group_whose_capacity_provider_has_managed_termination_protection_is_refused_and_left_alone()
    {
        var f = ProtectedCluster();
        f.Ecs.AttachCapacityProvider("prod", new CapacityProvider("prod-cp", "ACTIVE", DrainFixture.Group, ManagedScaling: true, ManagedTerminationProtection: true, ManagedDraining: true));

        var result = await f.HandleAsync(f.Tick);

        var refused = Assert.Single(result.Decisions, d => d.Step == ScaleInProtection.Step);
        Assert.Equal(DrainOutcome.Failed, refused.Outcome);
        Assert.Contains("capacity provider prod-cp", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(DrainVariables.ProtectedGroups, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, f.AutoScaling.Calls["SetInstanceProtection"]);
        Assert.Equal(0, f.Ecs.Calls["ListTasks"]);
        Assert.True(f.AutoScaling.Instances["i-daemon-only"].ProtectedFromScaleIn);
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.StepsFailed));
    }

    [Theory]
    [InlineData("ACTIVE", "other-group", true)]
    [InlineData("ACTIVE", DrainFixture.Group, false)]
    [InlineData("INACTIVE", DrainFixture.Group, true)]
    public async Task A_capacity_provider_that_does_not_protect_the_group_leaves_protection_to_us(string status, string group, bool terminationProtection)
    {
        var f = ProtectedCluster();
        f.Ecs.AttachCapacityProvider("prod", new CapacityProvider("cp", status, group, ManagedScaling: true, terminationProtection, ManagedDraining: true));

        await f.HandleAsync(f.Tick);

        Assert.True(f.AutoScaling.Instances["i-busy"].ProtectedFromScaleIn);
        Assert.False(f.AutoScaling.Instances["i-daemon-only"].ProtectedFromScaleIn);
    }

    [Fact]
    public async Task A_capacity_provider_of_another_cluster_does_not_act_on_ours()
    {
        var f = ProtectedCluster();
        f.Ecs.AttachCapacityProvider("staging", new CapacityProvider("staging-cp", "ACTIVE", DrainFixture.Group, true, true, true));

        await f.HandleAsync(f.Tick);

        Assert.True(f.AutoScaling.Instances["i-busy"].ProtectedFromScaleIn);
        Assert.Equal(0, f.Ecs.Calls["DescribeCapacityProviders"]);
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
        Assert.Equal(1, f.Telemetry.Sum(DrainMetrics.StepsFailed));
    }

    /// <summary>Four busy instances (i-a with 1 web task … i-d with 4) and one empty, each with room for 8 more tasks; the group wants <paramref name="desired"/>.</summary>
    private static DrainFixture GroupAboveDesired(int desired)
    {
        var f = new DrainFixture((DrainVariables.ProtectedGroups, DrainFixture.Group));
        f.Ecs.AddService(Build.Service("web", 10));
        var tasks = 0;
        foreach (var (id, count) in new[] { ("i-c", 3), ("i-a", 1), ("i-d", 4), ("i-b", 2) })
        {
            var instance = f.AddInstance(id);
            for (var n = 0; n < count; n++)
            {
                f.Ecs.AddTask(Build.Task($"web-{tasks++}", instance));
            }

            f.AutoScaling.Instances[id] = f.AutoScaling.Instances[id] with { ProtectedFromScaleIn = true };
            f.Ecs.Instances[instance.Arn] = instance with { Remaining = new Resources(8 * 256, 8 * 512) };
        }

        f.AddInstance("i-empty");
        f.SetDesiredCapacity(desired);
        return f;
    }

    private static string[] Unprotected(DrainFixture f) =>
        [.. f.AutoScaling.Instances.Values.Where(i => !i.ProtectedFromScaleIn).Select(i => i.InstanceId).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Busy_instances_stay_protected_while_the_empty_ones_cover_the_scale_in()
    {
        var f = GroupAboveDesired(4);

        await f.HandleAsync(f.Tick);

        Assert.Equal(["i-empty"], Unprotected(f));
    }

    [Fact]
    public async Task The_least_loaded_busy_instances_are_released_as_many_as_the_group_still_wants_to_remove()
    {
        var f = GroupAboveDesired(2);

        var result = await f.HandleAsync(f.Tick);

        Assert.Equal(["i-a", "i-b", "i-empty"], Unprotected(f));
        Assert.Contains("2 least-loaded busy instance(s) left unprotected", result.Decisions.Single(d => d.Step == ScaleInProtection.Step).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_released_instance_is_protected_again_once_the_group_is_back_at_its_desired_capacity()
    {
        var f = GroupAboveDesired(3);
        await f.HandleAsync(f.Tick);
        Assert.Equal(["i-a", "i-empty"], Unprotected(f));

        f.SetDesiredCapacity(5);
        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.HandleAsync(f.Tick);

        Assert.Equal(["i-empty"], Unprotected(f));
    }

    /// <summary>The group wants 4 instances gone; every instance has room for <paramref name="room"/> more web tasks, so only i-d, the one busy instance that stays, can take tasks.</summary>
    private static DrainFixture RoomFor(int room)
    {
        var f = GroupAboveDesired(1);
        foreach (var instance in f.Ecs.Instances.Values.ToArray())
        {
            f.Ecs.Instances[instance.Arn] = instance with { Remaining = new Resources(room * 256, room * 512) };
        }

        return f;
    }

    [Fact]
    public async Task Instances_are_released_only_while_their_tasks_fit_on_the_busy_instances_that_stay()
    {
        // i-d takes i-a's task and i-b's two and still has room for one; i-c's three no longer fit.
        var f = RoomFor(4);

        await f.HandleAsync(f.Tick);

        Assert.Equal(["i-a", "i-b", "i-empty"], Unprotected(f));
    }

    [Fact]
    public async Task Fewer_are_released_when_the_tasks_of_all_the_group_wants_gone_cannot_fit_on_the_rest()
    {
        // The group wants i-a, i-b and i-c gone, but their 6 tasks do not fit in i-d's 3 places; i-a's and
        // i-b's 3 fit in the 6 places of i-c and i-d, which stay, with room left for the next task.
        var f = RoomFor(3);

        await f.HandleAsync(f.Tick);

        Assert.Equal(["i-a", "i-b", "i-empty"], Unprotected(f));
    }

    [Fact]
    public async Task An_instance_already_draining_is_neither_released_nor_counted_as_room()
    {
        var f = GroupAboveDesired(3);
        var a = f.Instance("i-a");
        f.Ecs.Instances[a.Arn] = a with { Status = ContainerInstanceStatus.Draining };

        await f.HandleAsync(f.Tick);

        Assert.Equal(["i-b", "i-empty"], Unprotected(f));
    }
}

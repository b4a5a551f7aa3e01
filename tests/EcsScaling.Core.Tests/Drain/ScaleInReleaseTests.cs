using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class ScaleInReleaseTests
{
    private static readonly Resources Web = new(256, 512);

    private static AutoScalingGroup Group(int desired, params string[] states) =>
        new("asg", "arn:asg", 0, 10, desired, [.. states.Select((state, n) => new AutoScalingInstance($"i-{n}", "asg", state, "us-east-1a", true, "Healthy"))], false, new Dictionary<string, string>());

    private static BusyInstance Busy(string id, int tasks) =>
        new(id, Build.Instance(id) with { Remaining = new Resources(8 * 256, 8 * 512) }, [.. Enumerable.Repeat(Web, tasks)]);

    private static readonly BusyInstance[] ThreeBusy = [Busy("i-0", 3), Busy("i-1", 1), Busy("i-2", 2)];

    [Fact]
    public void Launching_instances_count_toward_the_desired_capacity_and_terminating_ones_do_not()
    {
        // 3 InService + 1 Pending against a desired 3: one to remove. The terminating one is already leaving.
        var group = Group(3, "InService", "InService", "InService", "Pending", "Terminating:Wait");

        var released = ScaleInRelease.Choose(group, unprotected: 0, ThreeBusy);

        Assert.Equal(["i-1"], released);
    }

    [Fact]
    public void Nothing_is_released_at_or_below_the_desired_capacity()
    {
        Assert.Empty(ScaleInRelease.Choose(Group(3, "InService", "InService", "InService"), unprotected: 0, ThreeBusy));
        Assert.Empty(ScaleInRelease.Choose(Group(4, "InService", "InService", "InService"), unprotected: 0, ThreeBusy));
    }

    [Fact]
    public void The_last_busy_instance_is_never_released()
    {
        var released = ScaleInRelease.Choose(Group(0, "InService", "InService", "InService"), unprotected: 0, ThreeBusy);

        Assert.Equal(["i-1", "i-2"], released.Order(StringComparer.Ordinal));
    }
}

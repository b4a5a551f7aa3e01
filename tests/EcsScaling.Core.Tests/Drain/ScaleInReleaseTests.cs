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

    [Fact]
    public void After_a_deep_cut_as_many_least_loaded_instances_are_released_as_fit_on_the_rest()
    {
        // Desired 2 of 7 busy instances with 6 tasks each and room for 3 more: the 5 the group wants gone cannot fit on
        // the 2 left (30 tasks into 6 places), 3 cannot (18 into 12), but 2 can (12 into 15, room left for one more).
        BusyInstance[] busy = [.. Enumerable.Range(0, 7).Select(n => new BusyInstance($"i-{n}", Build.Instance($"i-{n}") with { Remaining = new Resources(3 * 256, 3 * 512) }, [.. Enumerable.Repeat(Web, 6)]))];

        var released = ScaleInRelease.Choose(Group(2, [.. Enumerable.Repeat("InService", 7)]), unprotected: 0, busy);

        Assert.Equal(2, released.Count);
    }

    [Fact]
    public void A_release_leaves_room_for_one_more_of_the_largest_task()
    {
        // i-0's two tasks would fill i-1's last two places, and then no instance could take the next task.
        BusyInstance[] busy = [.. Enumerable.Range(0, 2).Select(n => new BusyInstance($"i-{n}", Build.Instance($"i-{n}") with { Remaining = new Resources(2 * 256, 2 * 512) }, [Web, Web]))];

        Assert.Empty(ScaleInRelease.Choose(Group(1, "InService", "InService"), unprotected: 0, busy));
    }
}

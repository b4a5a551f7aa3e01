using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.ScaleIn;

public class EmptyInstancePlannerTests
{
    /// <summary>i-a busy with web's two tasks, i-b and i-c empty; web wants <paramref name="desired"/>.</summary>
    internal static ClusterSnapshot TwoEmpty(int desired = 2)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Instance("i-c");
        cluster.Service("web", desired);
        cluster.Tasks("web", "i-a", 2);
        return EmptyInstancesTests.RegisteredAgo(cluster.Snapshot(), TimeSpan.FromHours(1));
    }

    /// <summary>The group as DescribeAutoScalingGroups answers it: the busy instance protected, as the drain function's scale-in protection keeps it.</summary>
    internal static AutoScalingGroup Group(int desired = 3, int min = 1, params AutoScalingInstance[] instances) =>
        new("asg", "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:uuid:autoScalingGroupName/asg", min, 10, desired,
            instances.Length > 0 ? instances : [Instance("i-a", protectedFromScaleIn: true), Instance("i-b"), Instance("i-c")], false, new Dictionary<string, string>());

    internal static AutoScalingInstance Instance(string id, bool protectedFromScaleIn = false, string state = LifecycleStates.InService) =>
        new(id, "asg", state, "us-east-1a", protectedFromScaleIn, "Healthy");

    private static EmptyInstancePlan? Plan(ClusterSnapshot snapshot, AutoScalingGroup group) =>
        EmptyInstancePlanner.Plan(snapshot, EmptyInstances.Of(snapshot, TimeSpan.FromMinutes(5)), group);

    private static string? Ids(IReadOnlyList<string>? ids) => ids is null ? null : string.Join(",", ids);

    [Fact]
    public void A_steady_group_gives_back_its_empty_unprotected_instances()
    {
        var plan = Plan(TwoEmpty(), Group());

        Assert.Equal(("i-b,i-c", 3, 1, null), (Ids(plan?.GivenBack), plan?.DesiredBefore, plan?.DesiredAfter, plan?.HeldBy));
    }

    [Fact]
    public void Never_below_MinSize()
    {
        var plan = Plan(TwoEmpty(), Group(min: 2));

        Assert.Equal(("i-b", 2), (Ids(plan?.GivenBack), plan?.DesiredAfter));
        Assert.Equal("the group is at its MinSize 3", Plan(TwoEmpty(), Group(min: 3))?.HeldBy);
    }

    [Fact]
    public void No_empty_instance_in_the_group_is_no_plan()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Service("web", 2);
        cluster.Tasks("web", "i-a", 2);

        Assert.Null(Plan(EmptyInstancesTests.RegisteredAgo(cluster.Snapshot(), TimeSpan.FromHours(1)), Group(1, 1, Instance("i-a", true))));
        Assert.Null(Plan(TwoEmpty(), Group(1, 1, Instance("i-a", true))));
    }

    public static TheoryData<string, string> Holds => new()
    {
        { "waiting", "1 task(s) of the cluster are not placed yet" },
        { "launching", "the group is changing (instances launching, leaving or not yet ACTIVE in the cluster)" },
        { "leaving", "the group is changing (instances launching, leaving or not yet ACTIVE in the cluster)" },
        { "not registered", "the group is changing (instances launching, leaving or not yet ACTIVE in the cluster)" },
        { "busy unprotected", "1 busy instance(s) are not protected from scale-in, so the group's scale-in could pick one" },
        { "empty protected", "the empty instances are protected from scale-in" },
    };

    [Theory]
    [MemberData(nameof(Holds))]
    public void Nothing_goes_while_a_scale_in_could_cancel_a_launch_or_pick_a_busy_instance(string situation, string heldBy)
    {
        var (snapshot, group) = situation switch
        {
            "waiting" => (TwoEmpty(desired: 3), Group()),
            "launching" => (TwoEmpty(), Group(4, 1, Instance("i-a", true), Instance("i-b"), Instance("i-c"), Instance("i-d", state: LifecycleStates.Pending))),
            "leaving" => (TwoEmpty(), Group(3, 1, Instance("i-a", true), Instance("i-b"), Instance("i-c"), Instance("i-d", state: LifecycleStates.TerminatingWait))),
            "not registered" => (TwoEmpty(), Group(4, 1, Instance("i-a", true), Instance("i-b"), Instance("i-c"), Instance("i-d"))),
            "busy unprotected" => (TwoEmpty(), Group(3, 1, Instance("i-a"), Instance("i-b"), Instance("i-c"))),
            _ => (TwoEmpty(), Group(3, 1, Instance("i-a", true), Instance("i-b", true), Instance("i-c", true))),
        };

        var plan = Plan(snapshot, group);

        Assert.Equal((heldBy, 0, group.DesiredCapacity), (plan?.HeldBy, plan?.GivenBack.Count, plan?.DesiredAfter));
    }
}

using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.ScaleOut;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.ScaleOut;

public class ScaleOutPlannerTests
{
    /// <summary>The group as DescribeAutoScalingGroups answers it: each named instance InService unless told otherwise.</summary>
    internal static AutoScalingGroup Group(int desired, int max = 10, params (string Id, string State)[] instances) =>
        new("asg", "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:uuid:autoScalingGroupName/asg", 1, max, desired,
            [.. instances.Select(i => new AutoScalingInstance(i.Id, "asg", i.State, "us-east-1a", false, "Healthy"))], false, new Dictionary<string, string>());

    internal static (string, string) InService(string id) => (id, LifecycleStates.InService);

    private static ScaleOutPlan Plan(ClusterSnapshot snapshot, AutoScalingGroup group) => ScaleOutPlanner.Plan(ScaleOutPlanner.Fit(snapshot), group);

    /// <summary>Two 4096-CPU instances, web's four 2048-CPU tasks filling them, and web wanting <paramref name="desired"/>.</summary>
    private static ClusterBuilder Full(int desired)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service("web", desired);
        cluster.Tasks("web", "i-a", 2, cpu: 2048);
        cluster.Tasks("web", "i-b", 2, cpu: 2048);
        return cluster;
    }

    [Fact]
    public void Nothing_waiting_changes_nothing()
    {
        var plan = Plan(Full(4).Snapshot(), Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((0, 0, 2), (plan.WaitingTasks, plan.InstancesNeeded, plan.DesiredAfter));
    }

    [Fact]
    public void Tasks_that_fit_nowhere_raise_the_desired_capacity_by_the_instances_they_pack_into()
    {
        // Three more 2048-CPU tasks: two fit on a new instance, the third needs another.
        var plan = Plan(Full(7).Snapshot(), Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((3, 2, 0, 4), (plan.WaitingTasks, plan.InstancesNeeded, plan.InstancesComing, plan.DesiredAfter));
        Assert.Equal(["web"], plan.Services);
    }

    [Fact]
    public void Tasks_that_fit_on_an_instance_there_are_left_to_ECS()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service("web", 4);
        cluster.Tasks("web", "i-a", 2, cpu: 2048);
        cluster.Task("web", "i-b", cpu: 2048);

        var plan = Plan(cluster.Snapshot(), Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((0, 2), (plan.WaitingTasks, plan.DesiredAfter));
    }

    [Fact]
    public void Instances_already_coming_are_taken_off()
    {
        // Desired 3 with two ready: one instance is booting and will take two of the three tasks.
        var plan = Plan(Full(7).Snapshot(), Group(3, 10, InService("i-a"), InService("i-b"), ("i-c", LifecycleStates.Pending)));

        Assert.Equal((2, 1, 4), (plan.InstancesNeeded, plan.InstancesComing, plan.DesiredAfter));
    }

    [Fact]
    public void A_second_look_before_the_launches_register_asks_for_nothing_more()
    {
        var snapshot = Full(7).Snapshot();
        var first = Plan(snapshot, Group(2, 10, InService("i-a"), InService("i-b")));

        var second = Plan(snapshot, Group(first.DesiredAfter, 10, InService("i-a"), InService("i-b"), ("i-c", LifecycleStates.Pending), ("i-d", LifecycleStates.PendingWait)));

        Assert.Equal(0, second.Added);
    }

    [Fact]
    public void It_stops_at_MaxSize_and_says_so()
    {
        var plan = Plan(Full(12).Snapshot(), Group(2, 3, InService("i-a"), InService("i-b")));

        Assert.Equal((4, 3, true), (plan.InstancesNeeded, plan.DesiredAfter, plan.CappedByMaxSize));
    }

    [Fact]
    public void The_desired_capacity_never_falls()
    {
        // The group is above what is needed (desired 5, two ready): nothing is taken away.
        var plan = Plan(Full(5).Snapshot(), Group(5, 10, InService("i-a"), InService("i-b")));

        Assert.Equal(5, plan.DesiredAfter);
    }

    [Fact]
    public void A_task_larger_than_any_instance_is_counted_and_launches_nothing()
    {
        var cluster = Full(4);
        cluster.Service(Fakes.Build.Service("huge", 1));
        cluster.Task("huge", "i-a", cpu: 0);
        var snapshot = cluster.Snapshot();
        var huge = snapshot.Tasks.Single(t => t.ServiceName == "huge");
        snapshot = snapshot with
        {
            Tasks = [.. snapshot.Tasks.Select(t => t == huge ? t with { Reserved = new Resources(8192, 256), DesiredStatus = EcsTaskStatus.Stopped } : t)],
        };

        var plan = Plan(snapshot, Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((1, 1, 0, 2), (plan.WaitingTasks, plan.TooLarge, plan.InstancesNeeded, plan.DesiredAfter));
    }

    [Fact]
    public void Tasks_on_a_draining_instance_wait_and_the_replacement_slot_counts_as_coming()
    {
        // i-b drains (a Spot interruption: the group keeps desired 2 and replaces it): its two tasks fit nowhere.
        var cluster = Full(4);
        var snapshot = cluster.Snapshot();
        snapshot = snapshot with { Instances = [.. snapshot.Instances.Select(i => i.Ec2InstanceId == "i-b" ? i with { Status = ContainerInstanceStatus.Draining } : i)] };

        var plan = Plan(snapshot, Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((2, 1, 1, 2), (plan.WaitingTasks, plan.InstancesNeeded, plan.InstancesComing, plan.DesiredAfter));
    }

    [Fact]
    public void DistinctInstance_keeps_a_service_off_the_instances_that_run_it()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service(Fakes.Build.Service("web", 4) with { PlacementConstraints = [new(PlacementConstraint.DistinctInstance, null)] });
        cluster.Task("web", "i-a");
        cluster.Task("web", "i-b");

        // Room for both on i-a and i-b, but each runs web already: two new instances, one task each.
        var plan = Plan(cluster.Snapshot(), Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((2, 2, 4), (plan.WaitingTasks, plan.InstancesNeeded, plan.DesiredAfter));
    }

    [Fact]
    public void A_new_instance_keeps_room_for_the_daemons()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service("web", 4);
        cluster.Service(Fakes.Build.Service("log-agent", 2, scheduling: SchedulingStrategy.Daemon));
        cluster.Task("web", "i-a", cpu: 2048);
        cluster.Task("web", "i-b", cpu: 2048);
        cluster.Task("log-agent", "i-a", cpu: 64);
        cluster.Task("log-agent", "i-b", cpu: 64);

        // A new instance's 4096 CPU less the daemon's 64 holds one 2048-CPU task, not two.
        var plan = Plan(cluster.Snapshot(), Group(2, 10, InService("i-a"), InService("i-b")));

        Assert.Equal((2, 2), (plan.WaitingTasks, plan.InstancesNeeded));
    }
}

using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.Metrics;

public class CapacityReservationTests
{
    [Fact]
    public void Nothing_missing_it_counts_the_instances_the_placed_tasks_pack_into()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Instance("i-c");
        cluster.Service("web", 3);
        cluster.Task("web", "i-a", cpu: 2048);
        cluster.Task("web", "i-b", cpu: 2048, lastStatus: EcsTaskStatus.Pending);
        cluster.Task("web", "i-c", cpu: 2048);

        // Every instance is busy (ECS's metric would say 100), but the three tasks fit on two.
        Assert.Equal(200.0 / 3, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void Tasks_that_fill_every_instance_make_100()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service("web", 2);
        cluster.Task("web", "i-a", cpu: 4096);
        cluster.Task("web", "i-b", cpu: 4096);

        Assert.Equal(100, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void An_instance_running_only_a_daemon_is_idle()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service(Fakes.Build.Service("log-agent", 2, scheduling: SchedulingStrategy.Daemon));
        cluster.Service("web", 1);
        cluster.Task("log-agent", "i-a", cpu: 64);
        cluster.Task("log-agent", "i-b", cpu: 64);
        cluster.Task("web", "i-a");

        Assert.Equal(50, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void Missing_tasks_add_the_new_instances_they_need_less_the_daemons_share()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service(Fakes.Build.Service("log-agent", 2, scheduling: SchedulingStrategy.Daemon));
        cluster.Task("log-agent", "i-a", cpu: 64);
        cluster.Task("log-agent", "i-b", cpu: 64);
        cluster.Service("api", 5);
        cluster.Task("api", "i-a", cpu: 2048);

        // Four api tasks of 2048 units wait; a new instance offers 4096 − 64: three instances, not two.
        // M = 1 busy + 3, N = 2.
        Assert.Equal(200, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void A_draining_instance_with_tasks_counts_in_neither_and_its_tasks_are_missing()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a", cpu: 2048);
        cluster.Instance("i-b", cpu: 2048);
        cluster.Instance("i-c", cpu: 2048, status: ContainerInstanceStatus.Draining);
        cluster.Service("web", 4);
        cluster.Task("web", "i-a", cpu: 1024);
        cluster.Task("web", "i-b", cpu: 1024);
        cluster.Tasks("web", "i-c", 2, cpu: 1024);

        // The two on i-c need a home: one more instance of 2048. M = 2 + 1, N = 2.
        Assert.Equal(150, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void A_drained_instance_still_counts_as_there_and_idle()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b", status: ContainerInstanceStatus.Draining);
        cluster.Service("web", 1);
        cluster.Task("web", "i-a");

        Assert.Equal(50, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void A_stopping_task_does_not_stand_for_a_desired_one()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a", cpu: 1024);
        cluster.Service("web", 1);
        var stopping = cluster.Task("web", "i-a", cpu: 1024);
        var snapshot = cluster.Snapshot();
        snapshot = snapshot with { Tasks = [stopping with { DesiredStatus = EcsTaskStatus.Stopped }] };

        Assert.Equal(200, CapacityReservation.Of(snapshot), 9);
    }

    [Fact]
    public void A_service_with_no_task_on_an_instance_adds_nothing()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Service("web", 1);
        cluster.Task("web", "i-a");
        // Fargate (or not started): its tasks' size is unknown to the instances.
        cluster.Service("checkout", 10);

        Assert.Equal(100, CapacityReservation.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void Without_instances_it_is_200_while_tasks_wait_and_100_otherwise()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a", status: ContainerInstanceStatus.Draining);
        cluster.Service("web", 2);
        cluster.Task("web", "i-a");
        Assert.Equal(200, CapacityReservation.Of(cluster.Snapshot()), 9);

        var empty = new ClusterBuilder();
        empty.Service("web", 0);
        Assert.Equal(100, CapacityReservation.Of(empty.Snapshot()), 9);
    }

    [Fact]
    public void It_needs_the_tasks()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");

        Assert.Throws<ArgumentException>(() => CapacityReservation.Of(cluster.Snapshot() with { TasksLoaded = false }));
    }
}

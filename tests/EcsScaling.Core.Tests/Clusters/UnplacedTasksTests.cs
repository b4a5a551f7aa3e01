using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.Clusters;

public class UnplacedTasksTests
{
    [Fact]
    public void Counts_what_each_service_wants_beyond_its_tasks_on_active_instances_sized_by_its_own_tasks()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b", status: ContainerInstanceStatus.Draining);
        cluster.Service("web", 4);
        cluster.Service("api", 1);
        cluster.Service(Fakes.Build.Service("log-agent", 5, scheduling: SchedulingStrategy.Daemon));
        cluster.Service("not-started", 3);
        cluster.Task("web", "i-a", cpu: 1024);
        cluster.Task("web", "i-b", cpu: 1024);
        cluster.Task("api", "i-a");
        cluster.Task("log-agent", "i-a", cpu: 64);

        var unplaced = UnplacedTasks.Of(cluster.Snapshot());

        // web: 4 wanted, one on an ACTIVE instance (the one on DRAINING i-b needs a replacement); api is whole; the
        // daemon and the service with no task to size by are left out.
        var web = Assert.Single(unplaced);
        Assert.Equal(("web", 3, 1024, false), (web.Service, web.Count, web.Size.Cpu, web.DistinctInstance));
    }

    [Fact]
    public void A_new_instance_offers_the_largest_registered_resources_less_one_task_of_each_daemon()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a", cpu: 2048);
        cluster.Instance("i-b", cpu: 4096);
        cluster.Service(Fakes.Build.Service("log-agent", 2, scheduling: SchedulingStrategy.Daemon));
        cluster.Task("log-agent", "i-a", cpu: 64);
        cluster.Task("log-agent", "i-b", cpu: 64);

        Assert.Equal(new Resources(4096 - 64, 8192 - 256), UnplacedTasks.NewInstanceRoom(cluster.Snapshot()));
    }
}

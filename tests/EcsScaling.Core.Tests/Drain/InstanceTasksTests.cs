using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class InstanceTasksTests
{
    [Fact]
    public async Task Lists_desired_RUNNING_and_desired_STOPPED_tasks_and_classifies_them()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        f.Ecs.AddService(Build.Service("web", 2));
        f.Ecs.AddService(Build.Service("agent", 1, scheduling: SchedulingStrategy.Daemon));
        var stopping = f.Ecs.AddTask(Build.Task("web-1", instance, desiredStatus: EcsTaskStatus.Stopped, lastStatus: EcsTaskStatus.Deactivating));
        f.Ecs.AddTask(Build.Task("web-2", instance, desiredStatus: EcsTaskStatus.Stopped, lastStatus: EcsTaskStatus.Stopped));
        var daemon = f.Ecs.AddTask(Build.Task("agent-1", instance, group: "service:agent"));
        var batch = f.Ecs.AddTask(Build.Task("batch-1", instance, group: "family:batch"));
        f.Ecs.AddTask(Build.Task("elsewhere", Build.Instance("i-2")));

        var tasks = await InstanceTasks.LoadAsync(new DrainContext(f.Gateways, f.Options, f.Time), instance, default);

        Assert.Equal(4, tasks.Tasks.Count);
        Assert.Equal([batch.Arn, stopping.Arn], tasks.Blocking.Select(t => t.Arn).Order());
        Assert.Equal([daemon.Arn], tasks.DaemonsLeft.Select(t => t.Arn));
        Assert.Equal([batch.Arn], tasks.StandaloneStillWanted.Select(t => t.Arn));
        Assert.Equal(2, f.Ecs.Calls["ListTasks"]);
        Assert.Equal(1, f.Ecs.Calls["DescribeServices"]);
    }

    [Fact]
    public async Task An_empty_instance_costs_two_listings_only()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");

        var tasks = await InstanceTasks.LoadAsync(new DrainContext(f.Gateways, f.Options, f.Time), instance, default);

        Assert.Empty(tasks.Tasks);
        Assert.Equal(2, f.TotalCalls);
    }
}

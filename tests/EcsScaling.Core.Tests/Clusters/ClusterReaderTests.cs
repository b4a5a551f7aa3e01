using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;
using EcsScaling.Core.Tests.Rebalance;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Core.Tests.Clusters;

public class ClusterReaderTests
{
    private static FakeEcs ManyInstances(int count)
    {
        var cluster = new ClusterBuilder();
        for (var i = 0; i < count; i++)
        {
            cluster.Instance($"i-{i:D3}");
        }

        cluster.Service("web", 3);
        cluster.Tasks("web", "i-000", 3);
        return cluster.ToFake();
    }

    [Fact]
    public async Task Reads_whole_lists_never_one_call_per_instance()
    {
        var ecs = ManyInstances(50);

        var snapshot = await new ClusterReader(ecs, new FakeTimeProvider(ClusterBuilder.Now)).ReadAsync("prod", includeTasks: true, default);

        Assert.Equal(50, snapshot.Instances.Count);
        Assert.Equal(3, snapshot.Tasks.Count);
        Assert.Single(snapshot.Services);
        Assert.Equal(1, ecs.Calls["ListContainerInstances"]);
        Assert.Equal(1, ecs.Calls["ListTasks"]);
        Assert.Equal(1, ecs.Calls["DescribeTasks"]);
        Assert.Equal(0, ecs.Calls["DescribeContainerInstances"]);
        Assert.Equal(5, ecs.Calls.Total);
    }

    [Fact]
    public async Task Without_tasks_it_skips_the_task_calls_entirely()
    {
        var ecs = ManyInstances(3);

        var snapshot = await new ClusterReader(ecs, new FakeTimeProvider(ClusterBuilder.Now)).ReadAsync("prod", includeTasks: false, default);

        Assert.False(snapshot.TasksLoaded);
        Assert.Empty(snapshot.Tasks);
        Assert.Equal(0, ecs.Calls["ListTasks"] + ecs.Calls["DescribeTasks"]);
    }

    [Fact]
    public async Task Stopped_tasks_are_read_with_their_stop_reason()
    {
        var ecs = ManyInstances(1);
        var task = ecs.Tasks.Values.First();
        await ecs.StopTaskAsync("prod", task.Arn, "ecs-scaling rebalance wave 1", default);

        var stopped = await new ClusterReader(ecs, new FakeTimeProvider(ClusterBuilder.Now)).ReadStoppedTasksAsync("prod", default);

        Assert.Equal("ecs-scaling rebalance wave 1", Assert.Single(stopped).StoppedReason);
        Assert.Equal(EcsTaskStatus.Stopped, stopped[0].DesiredStatus);
    }
}

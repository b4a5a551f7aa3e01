using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

public class FakeEcsTests
{
    [Fact]
    public async Task ListTasks_by_default_returns_only_tasks_desired_running_as_ECS_does()
    {
        var ecs = new FakeEcs();
        var instance = ecs.AddInstance(Build.Instance("i-1"));
        ecs.AddTask(Build.Task("a", instance));
        ecs.AddTask(Build.Task("b", instance, desiredStatus: EcsTaskStatus.Stopped, lastStatus: EcsTaskStatus.Stopping));

        var running = await ecs.ListTaskArnsAsync("prod", new TaskQuery(instance.Arn), default);
        var stopped = await ecs.ListTaskArnsAsync("prod", new TaskQuery(instance.Arn, DesiredStatus: TaskDesiredStatus.Stopped), default);

        Assert.Single(running);
        Assert.EndsWith("/a", running[0], StringComparison.Ordinal);
        Assert.Single(stopped);
        Assert.Equal(2, ecs.Calls["ListTasks"]);
        Assert.Equal(0, ecs.Calls.Mutating);
    }
}

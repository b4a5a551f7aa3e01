using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Rebalance;

public class ServiceFloorTests
{
    [Theory]
    [InlineData(4, 50, 2)]
    [InlineData(5, 50, 3)]
    [InlineData(3, 100, 3)]
    [InlineData(4, 0, 1)]
    [InlineData(0, 100, 0)]
    public void Floor_is_the_ceiling_of_desired_times_minimum_healthy_and_at_least_one_task(int desired, int minHealthy, int expected) =>
        Assert.Equal(expected, ServiceFloor.Of(Build.Service("web", desired, minHealthy)));

    [Fact]
    public void Stop_budget_uses_the_lower_of_counted_healthy_tasks_and_ECS_running_count()
    {
        var service = Build.Service("web", 6, 50) with { RunningCount = 4 };

        Assert.Equal(1, ServiceFloor.StopBudget(service, healthyTasks: 6));
        Assert.Equal(0, ServiceFloor.StopBudget(service, healthyTasks: 2));
    }
}

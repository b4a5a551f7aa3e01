using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Tests.Faults;

public class RateLimitsTests
{
    [Theory]
    [InlineData("ecs", "UpdateService", "ecs:UpdateService", 50, 5)]
    [InlineData("ecs", "StopTask", "ecs:StopTask", 100, 40)]
    [InlineData("ecs", "UpdateContainerInstancesState", "ecs:UpdateContainerInstancesState", 100, 40)]
    [InlineData("ecs", "DescribeTasks", "ecs:describe", 100, 20)]
    public void Families_follow_the_documented_ECS_rates(string service, string operation, string family, double burst, double perSecond) =>
        Assert.Equal((family, burst, perSecond), RateLimits.FamilyOf(service, operation));

    [Fact]
    public void Families_have_separate_buckets()
    {
        var limits = new RateLimits(VirtualClock.DefaultStart);
        var now = VirtualClock.DefaultStart;

        Assert.Equal(50, Enumerable.Range(0, 80).Count(_ => limits.TryTake("ecs", "UpdateService", now)));
        Assert.True(limits.TryTake("ecs", "StopTask", now));
    }
}

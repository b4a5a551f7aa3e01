using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Drain;

public class InterruptionHandlerTests
{
    [Fact]
    public async Task A_Spot_interruption_warning_drains_at_once_without_touching_lifecycle_actions()
    {
        var f = new DrainFixture();
        f.AddInstance("i-spot");

        await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-spot", "terminate"));

        var instance = f.Instance("i-spot");
        Assert.Equal(ContainerInstanceStatus.Draining, instance.Status);
        Assert.Equal("spot-interruption", instance.Attributes[DrainAttributes.DrainReason]);
        Assert.Equal(0, f.AutoScaling.Calls.Total);
    }

    [Fact]
    public async Task Rebalance_recommendations_are_ignored_by_default_without_any_call()
    {
        var f = new DrainFixture();
        f.AddInstance("i-spot");

        var result = await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-spot"));

        Assert.Equal(0, f.TotalCalls);
        Assert.Equal(DrainOutcome.Ignored, Assert.Single(result.Decisions).Outcome);
    }

    [Fact]
    public async Task Each_behaviour_is_configurable()
    {
        var f = new DrainFixture((DrainVariables.SpotInterruption, "ignore"), (DrainVariables.RebalanceRecommendation, "drain"));
        f.AddInstance("i-1");
        f.AddInstance("i-2");

        await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-1", "terminate"));
        await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-2"));

        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-1").Status);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-2").Status);
    }

    [Fact]
    public async Task An_instance_outside_our_clusters_is_ignored()
    {
        var f = new DrainFixture();

        var result = await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-unknown", "terminate"));

        Assert.Equal(0, f.MutatingCalls);
        Assert.Contains("not in any of our clusters", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    private static DrainFixture Recommending(params (string Name, string Value)[] settings) =>
        new([(DrainVariables.RebalanceRecommendation, "drain"), .. settings]);

    [Fact]
    public async Task A_recommendation_in_a_Capacity_Rebalancing_group_is_left_to_the_group()
    {
        var f = Recommending();
        f.AddInstance("i-1");
        f.AutoScaling.Groups[DrainFixture.Group] = f.AutoScaling.Groups[DrainFixture.Group] with { CapacityRebalance = true };

        var result = await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-1"));

        Assert.Equal(0, f.MutatingCalls);
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-1").Status);
        Assert.Contains("Capacity Rebalancing", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", false)]
    [InlineData("20", true)]
    public async Task The_churn_guard_caps_the_share_of_a_cluster_draining_on_recommendations(string percent, bool drains)
    {
        var f = Recommending((DrainVariables.RecommendationMaxShare, percent));
        foreach (var i in Enumerable.Range(1, 10))
        {
            f.AddInstance($"i-{i}");
        }

        await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-1"));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);

        var result = await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-2"));

        Assert.Equal(drains ? ContainerInstanceStatus.Draining : ContainerInstanceStatus.Active, f.Instance("i-2").Status);
        if (!drains)
        {
            Assert.Contains("churn guard: 1 of 10", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_recommendation_waits_for_room_elsewhere_or_an_instance_on_its_way_but_an_interruption_warning_never_does()
    {
        var f = Recommending();
        f.AddInstance("i-busy");
        f.AddInstance("i-full");
        foreach (var id in new[] { "i-busy", "i-full" })
        {
            var instance = f.Instance(id);
            f.Ecs.Instances[instance.Arn] = instance with { Remaining = new Resources(512, 1024) };
        }

        var held = await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-busy"));
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-busy").Status);
        Assert.Contains("no room for its tasks", Assert.Single(held.Decisions).Reason, StringComparison.Ordinal);

        f.AutoScaling.Groups[DrainFixture.Group] = f.AutoScaling.Groups[DrainFixture.Group] with { DesiredCapacity = 3 };
        await f.HandleAsync(new RebalanceRecommendation(DrainFixture.Origin, "i-busy"));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-busy").Status);

        await f.HandleAsync(new SpotInterruptionWarning(DrainFixture.Origin, "i-full", "terminate"));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-full").Status);
    }
}

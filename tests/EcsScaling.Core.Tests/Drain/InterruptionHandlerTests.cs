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
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Drain;

public class DrainOptionsTests
{
    private static readonly DrainOptions Options = new DrainFixture().Options;

    [Theory]
    [InlineData("prod", true)]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:cluster/prod", true)]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:cluster/prod-2", false)]
    [InlineData("staging", false)]
    public void Clusters_match_by_name_or_ARN(string cluster, bool owned) => Assert.Equal(owned, Options.OwnsCluster(cluster));

    [Fact]
    public void Hooks_are_owned_per_transition()
    {
        Assert.True(Options.OwnsHook(DrainFixture.Hook, LifecycleTransition.Terminating));
        Assert.False(Options.OwnsHook(DrainFixture.Hook, LifecycleTransition.Launching));
        Assert.True(Options.OwnsHook(DrainFixture.LaunchHook, LifecycleTransition.Launching));
        Assert.False(Options.OwnsHook(DrainOptions.EcsManagedHookName, LifecycleTransition.Terminating));
    }
}

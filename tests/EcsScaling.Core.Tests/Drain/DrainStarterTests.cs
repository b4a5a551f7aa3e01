using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class DrainStarterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_active_instance_gets_DRAINING_then_the_start_and_reason()
    {
        var actions = DrainStarter.Plan(Build.Instance("i-1"), "manual", Now);

        Assert.Equal([DrainActionKind.SetDraining, DrainActionKind.PutAttributes], actions.Select(a => a.Kind));
        Assert.Equal("2026-11-27T03:00:00Z", actions[1].Attributes![DrainAttributes.DrainStarted]);
        Assert.Equal("manual", actions[1].Attributes![DrainAttributes.DrainReason]);
    }

    [Fact]
    public void A_draining_instance_without_a_start_only_gets_the_start()
    {
        var actions = DrainStarter.Plan(Build.Instance("i-1", ContainerInstanceStatus.Draining), "spot-interruption", Now);

        Assert.Equal(DrainActionKind.PutAttributes, Assert.Single(actions).Kind);
    }

    [Theory]
    [InlineData(ContainerInstanceStatus.Active, true)]
    [InlineData(ContainerInstanceStatus.Draining, true)]
    [InlineData(ContainerInstanceStatus.Deregistering, false)]
    [InlineData(ContainerInstanceStatus.Inactive, false)]
    [InlineData(ContainerInstanceStatus.RegistrationFailed, false)]
    public void Only_active_or_draining_instances_can_drain(ContainerInstanceStatus status, bool expected) =>
        Assert.Equal(expected, DrainStarter.CanDrain(Build.Instance("i-1", status)));
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class DrainStarterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_active_instance_gets_the_start_and_reason_then_DRAINING()
    {
        var actions = DrainStarter.Plan(Build.Instance("i-1"), "manual", Now);

        Assert.Equal([DrainActionKind.PutAttributes, DrainActionKind.SetDraining], actions.Select(a => a.Kind));
        Assert.Equal("2026-11-27T03:00:00Z", Attributes(actions[0])[DrainAttributes.DrainStarted]);
        Assert.Equal("manual", Attributes(actions[0])[DrainAttributes.DrainReason]);
        Assert.False(Attributes(actions[0]).ContainsKey(DrainAttributes.DrainGroup));
    }

    [Fact]
    public void A_draining_instance_without_a_start_only_gets_the_start()
    {
        var actions = DrainStarter.Plan(Build.Instance("i-1", ContainerInstanceStatus.Draining), "spot-interruption", Now);

        Assert.Equal(DrainActionKind.PutAttributes, Assert.Single(actions).Kind);
    }

    [Fact]
    public void A_terminate_hook_drain_records_its_group()
    {
        var actions = DrainStarter.Plan(Build.Instance("i-1"), "terminate-hook", Now, "asg-prod");

        Assert.Equal("asg-prod", Attributes(actions[0])[DrainAttributes.DrainGroup]);
    }

    [Fact]
    public void A_start_left_on_an_active_instance_is_stale_and_rewritten()
    {
        var stale = Build.Instance("i-1") with { Attributes = Attributes((DrainAttributes.DrainStarted, "2026-11-26T03:00:00Z")) };

        var actions = DrainStarter.Plan(stale, "terminate-hook", Now);

        Assert.Equal("2026-11-27T03:00:00Z", Attributes(actions[0])[DrainAttributes.DrainStarted]);
    }

    [Fact]
    public void A_drain_started_by_hand_gets_only_the_group_when_the_terminate_hook_follows()
    {
        var manual = Build.Instance("i-1", ContainerInstanceStatus.Draining) with
        {
            Attributes = Attributes((DrainAttributes.DrainStarted, "2026-11-27T02:00:00Z"), (DrainAttributes.DrainReason, "manual")),
        };

        var action = Assert.Single(DrainStarter.Plan(manual, "terminate-hook", Now, "asg-prod"));

        Assert.Equal([DrainAttributes.DrainGroup], Attributes(action).Keys);
    }

    [Fact]
    public void A_terminate_event_arriving_after_the_sweeper_started_the_drain_takes_it_back()
    {
        var swept = Build.Instance("i-1", ContainerInstanceStatus.Draining) with
        {
            Attributes = Attributes((DrainAttributes.DrainStarted, "2026-11-27T02:59:59Z"), (DrainAttributes.DrainReason, DrainStarter.SweptReason), (DrainAttributes.DrainGroup, "asg-prod")),
        };

        var action = Assert.Single(DrainStarter.Plan(swept, "terminate-hook", Now, "asg-prod"));

        Assert.Equal(new Dictionary<string, string> { [DrainAttributes.DrainReason] = "terminate-hook" }, Attributes(action));
        Assert.Empty(DrainStarter.Plan(swept, DrainStarter.SweptReason, Now, "asg-prod"));
    }

    [Fact]
    public void A_group_name_that_cannot_be_an_attribute_value_is_not_recorded()
    {
        var actions = DrainStarter.Plan(Build.Instance("i-1"), "terminate-hook", Now, "asg, with a comma");

        Assert.False(Attributes(actions[0]).ContainsKey(DrainAttributes.DrainGroup));
    }

    [Fact]
    public void Already_draining_with_start_and_group_needs_nothing()
    {
        var done = Build.Instance("i-1", ContainerInstanceStatus.Draining) with
        {
            Attributes = Attributes((DrainAttributes.DrainStarted, "2026-11-27T02:00:00Z"), (DrainAttributes.DrainGroup, "asg-prod")),
        };

        Assert.Empty(DrainStarter.Plan(done, "terminate-hook", Now, "asg-prod"));
    }

    private static Dictionary<string, string?> Attributes(params (string Name, string? Value)[] attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData(ContainerInstanceStatus.Active, true)]
    [InlineData(ContainerInstanceStatus.Draining, true)]
    [InlineData(ContainerInstanceStatus.Deregistering, false)]
    [InlineData(ContainerInstanceStatus.Inactive, false)]
    [InlineData(ContainerInstanceStatus.RegistrationFailed, false)]
    public void Only_active_or_draining_instances_can_drain(ContainerInstanceStatus status, bool expected) =>
        Assert.Equal(expected, DrainStarter.CanDrain(Build.Instance("i-1", status)));

    private static IReadOnlyDictionary<string, string> Attributes(DrainAction action) => Assert.IsType<PutAttributesAction>(action).Attributes;
}

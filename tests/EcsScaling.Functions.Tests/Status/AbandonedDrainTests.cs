using EcsScaling.Core.Model;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Tests.Status;

public class AbandonedDrainTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private static AutoScalingInstance In(string state) => new("i-1", "prod-asg", state, "us-east-1a", false, "Healthy");

    [Theory]
    [InlineData(LifecycleStates.TerminatingRetained, true, "retained by prod-asg (held by checkout): inspect it")]
    [InlineData("Warmed:Terminating:Retained", true, "retained by prod-asg (held by checkout): inspect it")]
    [InlineData(LifecycleStates.TerminatingProceed, false, "abandoned (held by checkout); prod-asg does not retain abandoned instances, so Auto Scaling terminates it (Terminating:Proceed)")]
    public void The_next_step_follows_the_instance_s_state(string state, bool retained, string next)
    {
        var abandoned = AbandonedDrain.Of("i-1", At, ["checkout"], In(state), null);

        Assert.Equal((state, retained), (abandoned.LifecycleState, abandoned.Retained));
        Assert.StartsWith(next, abandoned.NextStep, StringComparison.Ordinal);
        Assert.Equal(retained, abandoned.NextStep.Contains("terminate-instance-in-auto-scaling-group --instance-id i-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Gone_from_its_group_or_unreadable_it_says_so()
    {
        var gone = AbandonedDrain.Of("i-1", At, [], null, null);
        var unread = AbandonedDrain.Of("i-1", At, ["checkout"], null, "AccessDenied");

        Assert.Equal("abandoned; no longer in an Auto Scaling group", gone.NextStep);
        Assert.StartsWith("abandoned (held by checkout); its Auto Scaling state could not be read (AccessDenied): if it is Terminating:Retained, inspect it", unread.NextStep, StringComparison.Ordinal);
        Assert.False(unread.Retained);
        Assert.Null(unread.LifecycleState);
    }
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Model;

public class LifecycleTransitionTextTests
{
    [Theory]
    [InlineData(LifecycleTransition.Terminating, "autoscaling:EC2_INSTANCE_TERMINATING")]
    [InlineData(LifecycleTransition.Launching, "autoscaling:EC2_INSTANCE_LAUNCHING")]
    public void Each_transition_is_spelled_as_Auto_Scaling_sends_it(LifecycleTransition transition, string text)
    {
        Assert.Equal(text, LifecycleTransitionText.Wire.Of(transition));
        Assert.Equal(transition, LifecycleTransitionText.Wire.Parse(text));
    }

    [Fact]
    public void Every_transition_is_in_the_table() =>
        Assert.Equal(Enum.GetValues<LifecycleTransition>().Order(), LifecycleTransitionText.Wire.Words.Select(w => w.Value).Order());
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Model;

public class LifecycleStatesTests
{
    [Theory]
    [InlineData(LifecycleStates.TerminatingWait, true, false)]
    [InlineData("Warmed:Terminating:Wait", true, false)]
    [InlineData(LifecycleStates.PendingWait, false, true)]
    [InlineData("Warmed:Pending:Wait", false, true)]
    [InlineData(LifecycleStates.InService, false, false)]
    [InlineData(LifecycleStates.TerminatingProceed, false, false)]
    [InlineData("terminating:wait", false, false)]
    public void A_hook_holds_an_instance_only_in_a_Wait_state(string state, bool terminatingWait, bool pendingWait)
    {
        Assert.Equal(terminatingWait, LifecycleStates.IsTerminatingWait(state));
        Assert.Equal(pendingWait, LifecycleStates.IsPendingWait(state));
    }
}

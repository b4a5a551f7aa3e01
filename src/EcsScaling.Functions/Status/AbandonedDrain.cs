using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Status;

/// <summary>
/// A drain the sweeper abandoned at its abandon bound, as status shows it: when, the services that held it, the
/// instance's Auto Scaling state now (null when it could not be read) and what a person does next.
/// </summary>
public sealed record AbandonedDrain(DateTimeOffset At, IReadOnlyList<string> HeldBy, string? LifecycleState, bool Retained, string NextStep)
{
    /// <param name="asg">The instance's Auto Scaling record; null when it is in no group.</param>
    /// <param name="readFailure">Why the Auto Scaling state could not be read, if it could not.</param>
    public static AbandonedDrain Of(string instanceId, DateTimeOffset at, IReadOnlyList<string> heldBy, AutoScalingInstance? asg, string? readFailure)
    {
        var held = heldBy.Count == 0 ? "" : $" (held by {string.Join(", ", heldBy)})";
        var retained = asg is not null && LifecycleStates.IsRetained(asg.LifecycleState);
        var next = readFailure is not null
            ? $"abandoned{held}; its Auto Scaling state could not be read ({readFailure}): if it is Terminating:Retained, {AbandonAdvice.ForRetained(instanceId)}"
            : retained
                ? $"retained by {asg!.GroupName}{held}: {AbandonAdvice.ForRetained(instanceId)}"
                : asg is null
                    ? $"abandoned{held}; no longer in an Auto Scaling group"
                    : $"abandoned{held}; {asg.GroupName} does not retain abandoned instances, so Auto Scaling terminates it ({asg.LifecycleState})";
        return new AbandonedDrain(at, heldBy, asg?.LifecycleState, retained, next);
    }
}

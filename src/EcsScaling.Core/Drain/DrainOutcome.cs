using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>What became of a decision; the executor fills it in.</summary>
public enum DrainOutcome
{
    Pending,

    /// <summary>A dry run: the actions were not applied.</summary>
    Planned,
    Applied,

    /// <summary>Nothing to do: the decision has no action.</summary>
    NoOp,
    Ignored,
    Failed,

    /// <summary>Throttled: nothing unsafe was left half done, and the sweeper (or the next event) finishes the step.</summary>
    Deferred,

    /// <summary>A queued message that can never be acted on (malformed, or not an event we know): logged and acknowledged so that it is not redelivered forever.</summary>
    Refused,
}

/// <summary>DrainOutcome as the drain answer and its log line spell it ("no-op"): what operators and scripts read.</summary>
public static class DrainOutcomeText
{
    public static readonly WireText<DrainOutcome> Wire = new(
        ("pending", DrainOutcome.Pending),
        ("planned", DrainOutcome.Planned),
        ("applied", DrainOutcome.Applied),
        ("no-op", DrainOutcome.NoOp),
        ("ignored", DrainOutcome.Ignored),
        ("failed", DrainOutcome.Failed),
        ("deferred", DrainOutcome.Deferred),
        ("refused", DrainOutcome.Refused));
}

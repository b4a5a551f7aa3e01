using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// A progress event's triage: the decision it already led to (no task listing needed), or the
/// DRAINING instance of one of our groups whose tasks and targets must be checked.
/// </summary>
public sealed record ProgressTriage(DrainDecision? Decided, ContainerInstance? Instance = null, string? GroupName = null)
{
    public static implicit operator ProgressTriage(DrainDecision decision) => new(decision);
}

namespace EcsScaling.Core.Drain;

/// <summary>
/// One decision of a queue batch and the messages it answers (duplicates of one event, or several
/// events pointing at one instance, share it). With Retry, the messages go back to the queue.
/// </summary>
public sealed record BatchDecision(DrainDecision Decision, IReadOnlyList<string> MessageIds, bool Retry = false);

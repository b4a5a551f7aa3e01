namespace EcsScaling.Core.Drain;

/// <summary>
/// A heartbeat resets the hook's timeout, so one is sent only when waiting for the next sweep
/// would be too late: lastBeat + timeout ≤ now + sweep interval + margin. The lifecycle action's
/// clock started when ASG began terminating, slightly before we recorded the drain start; the margin covers that.
/// </summary>
public static class HeartbeatPolicy
{
    public static bool IsDue(DateTimeOffset lastBeat, TimeSpan heartbeatTimeout, DateTimeOffset now, TimeSpan sweepInterval, TimeSpan margin) =>
        lastBeat + heartbeatTimeout <= now + sweepInterval + margin;

    /// <summary>The later of the drain start and the last heartbeat we recorded.</summary>
    public static DateTimeOffset LastBeat(IReadOnlyDictionary<string, string?> attributes, DateTimeOffset drainStarted) =>
        DrainAttributes.ReadTime(attributes, DrainAttributes.LastHeartbeat) is { } beat && beat > drainStarted ? beat : drainStarted;
}

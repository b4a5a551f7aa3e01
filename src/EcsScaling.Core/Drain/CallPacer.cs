namespace EcsScaling.Core.Drain;

/// <summary>The buckets AWS throttles a caller's requests in, one per family of operations.</summary>
public enum CallFamily
{
    EcsRead,
    EcsWrite,
    EcsInstanceState,
    EcsTaskStop,
    AutoScaling,
}

/// <summary>
/// A caller's share of AWS's token buckets, kept on its own side so that a long run of calls goes at
/// AWS's pace instead of being throttled. ECS throttles per account and region with a token bucket
/// per family ("Request throttling for the Amazon ECS API": describe/list 100 burst and 20/s
/// sustained, UpdateContainerInstancesState and StopTask 100 and 40/s, other writes 100 and 20/s);
/// EC2 Auto Scaling publishes no figures, so it gets the describe rate. Each family's bucket here
/// holds the share's part of AWS's burst and refills at its part of the sustained rate, but starts
/// (when the batch does) with one token, not full: a new batch cannot spend a burst that the one before it in the same
/// concurrency slot already spent, while calls of one family saved up during another phase (the
/// completions after a batch's listings) go at once. One instance per batch; not thread-safe.
/// </summary>
public sealed class CallPacer(TimeProvider time, double share)
{
    /// <summary>All queue batches together take 90 % of each rate, the rest left to the sweeper and the other functions.</summary>
    public const double QueueShare = 0.9;

    private readonly Dictionary<CallFamily, (double Tokens, DateTimeOffset At)> _buckets = [];

    private readonly DateTimeOffset _started = time.GetUtcNow();

    /// <summary>One of up to MaximumConcurrency batches running at once.</summary>
    public static CallPacer ForQueueBatch(DrainOptions options, TimeProvider time) => new(time, QueueShare / options.QueueConcurrency);

    public static (double Burst, double PerSecond) Limits(CallFamily family) => family switch
    {
        CallFamily.EcsInstanceState or CallFamily.EcsTaskStop => (100, 40),
        _ => (100, 20),
    };

    public static CallFamily FamilyOf(DrainAction action) => action.Kind switch
    {
        DrainActionKind.SetDraining or DrainActionKind.SetActive => CallFamily.EcsInstanceState,
        DrainActionKind.PutAttributes or DrainActionKind.DeleteAttributes => CallFamily.EcsWrite,
        DrainActionKind.StopTask => CallFamily.EcsTaskStop,
        _ => CallFamily.AutoScaling,
    };

    /// <summary>Waits until the family's bucket holds a token, and takes it.</summary>
    public async Task TakeAsync(CallFamily family, CancellationToken cancellationToken)
    {
        var (burst, perSecond) = Limits(family);
        var (capacity, rate) = (Math.Max(1, burst * share), perSecond * share);
        var (held, since) = _buckets.TryGetValue(family, out var bucket) ? bucket : (1, _started);
        while (true)
        {
            var now = time.GetUtcNow();
            var tokens = Math.Min(capacity, held + ((now - since).TotalSeconds * rate));
            if (tokens >= 1)
            {
                _buckets[family] = (tokens - 1, now);
                return;
            }

            // Never less than a millisecond: a wait rounded down to no time would never refill the bucket.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(1000 * (1 - tokens) / rate))), time, cancellationToken);
        }
    }
}

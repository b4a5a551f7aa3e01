namespace EcsScaling.Simulation.Clock;

/// <summary>
/// The simulator's only source of time: a discrete-event queue. Nothing moves until someone
/// advances it, and events due at the same instant fire in the order they were scheduled, so a
/// run is a pure function of its seed.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly PriorityQueue<Action, (DateTimeOffset At, long Sequence)> _queue = new();
    private DateTimeOffset _now;
    private long _sequence;

    public VirtualClock(DateTimeOffset start) => _now = start;

    public static DateTimeOffset DefaultStart { get; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public long FiredEvents { get; private set; }

    public void Schedule(TimeSpan delay, Action action) => ScheduleAt(_now + (delay < TimeSpan.Zero ? TimeSpan.Zero : delay), action);

    public void ScheduleAt(DateTimeOffset at, Action action) => _queue.Enqueue(action, (at < _now ? _now : at, _sequence++));

    /// <summary>A task that completes when virtual time reaches now + delay; continuations run inline on the driving thread.</summary>
    public Task Delay(TimeSpan delay, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource();
        Schedule(delay, () =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
            }
            else
            {
                done.TrySetResult();
            }
        });
        return done.Task;
    }

    /// <summary>Fires every event due up to and including <paramref name="until"/>, then leaves the clock there.</summary>
    public void RunUntil(DateTimeOffset until)
    {
        while (_queue.TryPeek(out _, out var key) && key.At <= until)
        {
            FireNext();
        }

        if (until > _now)
        {
            _now = until;
        }
    }

    public void Advance(TimeSpan by) => RunUntil(_now + by);

    /// <summary>
    /// Drives the clock until <paramref name="work"/> completes: lets test code await gateway
    /// calls that back off or wait on virtual time. Fails instead of hanging when nothing is left to fire.
    /// </summary>
    public void RunUntilComplete(Task work, TimeSpan? limit = null)
    {
        var deadline = _now + (limit ?? TimeSpan.FromDays(3));
        while (!work.IsCompleted)
        {
            if (!_queue.TryPeek(out _, out var key) || key.At > deadline)
            {
                throw new InvalidOperationException($"the awaited work is blocked: nothing left on the virtual clock before {deadline:O}");
            }

            FireNext();
        }

        work.GetAwaiter().GetResult();
    }

    public T RunUntilComplete<T>(Task<T> work, TimeSpan? limit = null)
    {
        RunUntilComplete((Task)work, limit);
        return work.Result;
    }

    private void FireNext()
    {
        _queue.TryDequeue(out var action, out var key);
        _now = key.At;
        FiredEvents++;
        action!();
    }
}

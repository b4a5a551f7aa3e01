using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>
/// A fake clock that knows whether the work is waiting on one of its timers. Task.Delay over a
/// TimeProvider resumes on the thread pool, so on a busy machine a test that moves the clock blindly
/// can pass its whole time limit before the work has even armed its next delay; moving the clock only
/// while a timer is armed keeps the test's fake time in step with the work.
/// </summary>
public sealed class WaitAwareTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly object gate = new();
    private int armed;
    private TaskCompletionSource change = NewChange();

    /// <summary>Real time the work may run without waiting on the clock before a test gives up on it.</summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    public bool HasArmedTimer
    {
        get
        {
            lock (gate)
            {
                return armed > 0;
            }
        }
    }

    /// <summary>Completes the next time a timer is armed or disarmed.</summary>
    public Task NextChange
    {
        get
        {
            lock (gate)
            {
                return change.Task;
            }
        }
    }

    /// <summary>
    /// Moves the clock in steps while <paramref name="work"/> waits on one of its timers, until the work is
    /// done or <paramref name="limit"/> of fake time has passed; while the work runs rather than waits, the
    /// clock stands still. Work unfinished at the limit throws a <see cref="TimeoutException"/>.
    /// </summary>
    public async Task AdvanceWhileWaitingAsync(Task work, TimeSpan step, TimeSpan limit)
    {
        var until = GetUtcNow() + limit;
        var stalled = Task.Delay(StallLimit);
        while (!work.IsCompleted && GetUtcNow() < until && !stalled.IsCompleted)
        {
            var next = NextChange;
            if (HasArmedTimer)
            {
                Advance(step);
                await Task.Yield();
            }
            else
            {
                // Running, not waiting: wait (really, bounded) for it to finish or arm its next delay.
                await Task.WhenAny(work, next, stalled);
            }
        }

        if (!work.IsCompleted && !HasArmedTimer)
        {
            await Task.WhenAny(work, stalled);
        }

        if (!work.IsCompleted)
        {
            throw new TimeoutException($"the work did not finish within {limit} of fake time");
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, callback);
        timer.Start(base.CreateTimer(timer.Fire, state, dueTime, period), dueTime, period);
        return timer;
    }

    private static TaskCompletionSource NewChange() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Count(int delta)
    {
        TaskCompletionSource changed;
        lock (gate)
        {
            armed += delta;
            changed = change;
            change = NewChange();
        }

        changed.TrySetResult();
    }

    private sealed class WatchedTimer(WaitAwareTimeProvider owner, TimerCallback callback) : ITimer
    {
        private readonly object gate = new();
        private ITimer? inner;
        private bool isArmed;
        private bool periodic;

        public void Start(ITimer timer, TimeSpan dueTime, TimeSpan period)
        {
            inner = timer;
            Arm(dueTime, period);
        }

        public void Fire(object? state)
        {
            if (!periodic)
            {
                Arm(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }

            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Arm(dueTime, period);
            return inner!.Change(dueTime, period);
        }

        public void Dispose()
        {
            Arm(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Arm(TimeSpan dueTime, TimeSpan period)
        {
            var now = dueTime != Timeout.InfiniteTimeSpan;
            lock (gate)
            {
                periodic = now && period != Timeout.InfiniteTimeSpan;
                if (now == isArmed)
                {
                    return;
                }

                isArmed = now;
            }

            owner.Count(now ? 1 : -1);
        }
    }
}

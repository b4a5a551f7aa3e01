namespace EcsScaling.Simulation.Clock;

/// <summary>
/// An ITimer on virtual time, so code given the simulator's TimeProvider (CancellationTokenSource
/// with a delay, Task.Delay(…, timeProvider), PeriodicTimer) waits on the simulation, never on the wall clock.
/// </summary>
internal sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    private long _generation;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        var generation = ++_generation;
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Arm(generation, dueTime, period);
        }

        return true;
    }

    public void Dispose() => _generation++;

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Arm(long generation, TimeSpan dueTime, TimeSpan period) => clock.Schedule(dueTime, () =>
    {
        if (generation != _generation)
        {
            return;
        }

        callback(state);
        if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero && generation == _generation)
        {
            Arm(generation, period, period);
        }
    });
}

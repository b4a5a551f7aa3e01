using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Tests.Clock;

public class VirtualTimerTests
{
    private static readonly DateTimeOffset Start = VirtualClock.DefaultStart;

    [Fact]
    public void Timers_and_cancellation_token_sources_follow_virtual_time()
    {
        var clock = new VirtualClock(Start);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), clock);
        var ticks = 0;
        using var timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(timeout.IsCancellationRequested);
        clock.Advance(TimeSpan.FromSeconds(21));

        Assert.True(timeout.IsCancellationRequested);
        Assert.Equal(5, ticks);
    }
}

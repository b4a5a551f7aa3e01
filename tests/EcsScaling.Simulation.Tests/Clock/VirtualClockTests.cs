using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Tests.Clock;

public class VirtualClockTests
{
    private static readonly DateTimeOffset Start = VirtualClock.DefaultStart;

    [Fact]
    public void Events_fire_in_time_order_and_same_instant_events_in_scheduling_order()
    {
        var clock = new VirtualClock(Start);
        var fired = new List<string>();
        clock.Schedule(TimeSpan.FromSeconds(2), () => fired.Add("late"));
        clock.Schedule(TimeSpan.FromSeconds(1), () => fired.Add("first"));
        clock.Schedule(TimeSpan.FromSeconds(1), () => fired.Add("second"));

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["first", "second", "late"], fired);
        Assert.Equal(Start.AddSeconds(5), clock.GetUtcNow());
    }

    [Fact]
    public void Delay_completes_only_when_virtual_time_reaches_it()
    {
        var clock = new VirtualClock(Start);
        var delay = clock.Delay(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void RunUntilComplete_fails_instead_of_hanging_when_nothing_can_complete_the_work()
    {
        var clock = new VirtualClock(Start);
        var never = new TaskCompletionSource().Task;
        Assert.Throws<InvalidOperationException>(() => clock.RunUntilComplete(never));
    }
}

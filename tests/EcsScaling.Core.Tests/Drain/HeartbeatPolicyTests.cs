using EcsScaling.Core.Drain;

namespace EcsScaling.Core.Tests.Drain;

public class HeartbeatPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(56, false)]
    [InlineData(57, true)]
    [InlineData(59, true)]
    public void Due_when_the_next_sweep_plus_margin_would_pass_the_timeout(int minutesSinceBeat, bool due) =>
        Assert.Equal(due, HeartbeatPolicy.IsDue(T0, TimeSpan.FromHours(1), T0.AddMinutes(minutesSinceBeat), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)));

    [Fact]
    public void The_last_beat_is_the_later_of_drain_start_and_recorded_heartbeat()
    {
        var beat = new Dictionary<string, string?> { [DrainAttributes.LastHeartbeat] = "2026-11-27T03:30:00Z" };

        Assert.Equal(T0.AddMinutes(30), HeartbeatPolicy.LastBeat(beat, T0));
        Assert.Equal(T0.AddHours(1), HeartbeatPolicy.LastBeat(beat, T0.AddHours(1)));
        Assert.Equal(T0, HeartbeatPolicy.LastBeat(new Dictionary<string, string?>(), T0));
    }
}

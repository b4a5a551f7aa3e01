using EcsScaling.Core.Rebalance;

namespace EcsScaling.Core.Tests.Rebalance;

public class WaveStateTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null)]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/0123456789abcdef")]
    public void Round_trips_through_a_tag_value_of_allowed_characters(string? drained)
    {
        var wave = new WaveState(3, Started, drained);

        var value = wave.Format();

        Assert.Equal(wave, WaveState.Parse(value));
        Assert.Matches(@"^[\p{L}\p{N} +\-=._:/@]{1,256}$", value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("idle")]
    public void Idle_or_absent_means_no_wave(string? value) => Assert.Null(WaveState.Parse(value));

    [Theory]
    [InlineData("wave 0 started 2026-11-27T03:00:00Z")]
    [InlineData("wave 2 started yesterday")]
    [InlineData("wave 2 started 2026-11-27T03:00:00Z extra")]
    [InlineData("busy")]
    public void Anything_else_is_a_clear_error(string value)
    {
        var error = Assert.Throws<FormatException>(() => WaveState.Parse(value));

        Assert.Contains(WaveState.WaveTagKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stop_reason_names_us_and_the_wave() =>
        Assert.Equal("ecs-scaling rebalance wave 3 started 2026-11-27T03:00:00Z", new WaveState(3, Started, null).StopReason);
}

using EcsScaling.Core.Drain;

namespace EcsScaling.Core.Tests.Drain;

public class DurationTextTests
{
    [Theory]
    [InlineData("90", 90)]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1h30m", 5400)]
    [InlineData(" 1d ", 86400)]
    public void Parses_what_operators_write(string text, int seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(seconds, duration.TotalSeconds);
    }

    [Theory]
    [InlineData("90x")]
    [InlineData("")]
    [InlineData("-5m")]
    [InlineData("1.5h")]
    [InlineData("PT10M")]
    [InlineData("m")]
    public void Rejects_anything_else(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData(90, "90s")]
    [InlineData(120, "2m")]
    [InlineData(7200, "120m")]
    public void Formats_for_log_lines(int seconds, string expected) => Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
}

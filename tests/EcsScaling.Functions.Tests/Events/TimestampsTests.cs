using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Tests.Events;

public class TimestampsTests
{
    [Theory]
    [InlineData("2026-03-02T10:19:02.420+0000")]
    [InlineData("2026-03-02T10:19:02.420Z")]
    [InlineData("2026-03-02T11:19:02.420+01:00")]
    [InlineData("2026-03-02T05:19:02.420-0500")]
    [InlineData("2026-03-02T10:19:02.420")]
    public void Aws_timestamp_spellings_mean_the_same_instant(string text)
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 19, 2, 420, TimeSpan.Zero), Timestamps.Parse(text, "t"));
    }

    [Fact]
    public void Garbage_is_rejected_with_the_path()
    {
        Assert.Equal("time: expected an ISO-8601 timestamp, got \"soon\"", Assert.Throws<EventParseException>(() => Timestamps.Parse("soon", "time")).Message);
    }
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class DrainAttributesTests
{
    [Fact]
    public void Times_are_written_without_characters_ECS_rejects_and_read_back()
    {
        var time = new DateTimeOffset(2026, 11, 27, 5, 4, 3, TimeSpan.FromHours(2));

        var text = DrainAttributes.FormatTime(time);

        Assert.Equal("2026-11-27T03:04:03Z", text);
        Assert.Equal(time, DrainAttributes.ReadTime(new Dictionary<string, string?> { [DrainAttributes.DrainStarted] = text }, DrainAttributes.DrainStarted));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("2026-11-27T03:04:03+00:00")]
    public void Missing_or_foreign_values_read_as_unknown(string? value)
    {
        var attributes = new Dictionary<string, string?> { [DrainAttributes.DrainStarted] = value };

        Assert.Null(DrainAttributes.ReadTime(attributes, DrainAttributes.DrainStarted));
        Assert.Null(DrainAttributes.ReadTime(new Dictionary<string, string?>(), DrainAttributes.DrainStarted));
    }

    [Fact]
    public void An_instance_tells_when_we_started_draining_it()
    {
        var instance = Build.Instance("i-1") with { Attributes = new Dictionary<string, string?> { [DrainAttributes.DrainStarted] = "2026-11-27T03:04:03Z" } };

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 3, 4, 3, TimeSpan.Zero), DrainAttributes.StartedAt(instance));
        Assert.Null(DrainAttributes.StartedAt(Build.Instance("i-2")));
    }
}

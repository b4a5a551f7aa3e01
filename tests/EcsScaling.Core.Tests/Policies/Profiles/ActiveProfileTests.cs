using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Core.Tests.Policies.Profiles;

public class ActiveProfileTests
{
    private static readonly DateTimeOffset Since = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Tags_round_trip_the_profile_and_its_times()
    {
        var active = new ActiveProfile("surge", Since, ActiveProfile.AlarmSource("prod-high"), Since.AddSeconds(-30));

        var tags = active.ToTags();

        Assert.Equal(active, ActiveProfile.FromTags(tags));
        Assert.Equal("2026-11-27T03:00:00.0000000Z", tags[ActiveProfile.SinceTag]);
    }

    [Fact]
    public void Without_tags_normal_is_active()
    {
        Assert.Equal(ActiveProfile.Normal, ActiveProfile.FromTags(new Dictionary<string, string>()));
    }

    [Fact]
    public void Unset_values_are_written_empty_and_read_back_as_unset()
    {
        var tags = new ActiveProfile("surge", null, ActiveProfile.ManualSource, null).ToTags();

        Assert.Equal("", tags[ActiveProfile.AlarmAtTag]);
        var read = ActiveProfile.FromTags(tags);
        Assert.Null(read.AlarmAt);
        Assert.True(read.IsManual);
    }

    [Fact]
    public void Characters_a_tag_value_cannot_hold_are_replaced()
    {
        var tags = new ActiveProfile("surge", Since, ActiveProfile.AlarmSource("p99 (web), high!"), null).ToTags();

        Assert.Equal("alarm:p99 _web__ high_", tags[ActiveProfile.SourceTag]);
    }
}

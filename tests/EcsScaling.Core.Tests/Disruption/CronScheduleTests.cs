using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Tests.Disruption;

public class CronScheduleTests
{
    // A Monday.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static CronSchedule Parse(string text) => CronSchedule.Parse(text).Schedule ?? throw new InvalidOperationException(CronSchedule.Parse(text).Error);

    [Theory]
    [InlineData("07:59", false)]
    [InlineData("08:00", true)]
    [InlineData("17:59", true)]
    [InlineData("18:00", false)]
    public void A_weekday_window_opens_at_its_firing_and_closes_when_its_duration_is_over(string time, bool open)
    {
        var at = Monday + TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(open, Parse("0 8 * * 1-5").IsOpen(at, TimeSpan.FromHours(10)));
    }

    [Fact]
    public void A_weekday_window_stays_shut_at_the_weekend()
    {
        var saturdayNoon = Monday.AddDays(5).AddHours(12);
        Assert.False(Parse("0 8 * * mon-fri").IsOpen(saturdayNoon, TimeSpan.FromHours(10)));
        Assert.True(Parse("0 8 * * mon-fri").IsOpen(saturdayNoon.AddDays(-1), TimeSpan.FromHours(10)));
    }

    [Fact]
    public void A_window_runs_over_midnight()
    {
        var schedule = Parse("0 22 * * *");
        Assert.True(schedule.IsOpen(Monday.AddHours(1), TimeSpan.FromHours(4)));
        Assert.False(schedule.IsOpen(Monday.AddHours(2), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Times_are_taken_in_utc_whatever_offset_the_clock_gives()
    {
        var nineInBerlin = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));
        Assert.True(Parse("0 8 * * *").IsOpen(nineInBerlin, TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData("*/15 * * * *", "2026-11-30T10:45", true)]
    [InlineData("*/15 * * * *", "2026-11-30T10:46", false)]
    [InlineData("0 9-17/4 * * *", "2026-11-30T13:00", true)]
    [InlineData("0 9-17/4 * * *", "2026-11-30T15:00", false)]
    [InlineData("0 0 1,15 * *", "2026-12-15T00:00", true)]
    [InlineData("0 0 * dec *", "2026-12-03T00:00", true)]
    [InlineData("0 0 * * 7", "2026-12-06T00:00", true)]
    [InlineData("0 0 * * 0", "2026-12-06T00:00", true)]
    [InlineData("@daily", "2026-12-06T00:00", true)]
    [InlineData("@hourly", "2026-12-06T05:01", false)]
    [InlineData("30/10 * * * *", "2026-12-06T05:50", true)]
    [InlineData("30/10 * * * *", "2026-12-06T05:20", false)]
    public void Fields_follow_cron(string cron, string minute, bool fires)
    {
        var at = DateTime.SpecifyKind(DateTime.Parse(minute, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(fires, Parse(cron).FiresAt(at));
    }

    [Fact]
    public void Restricted_day_of_month_and_day_of_week_match_either_as_in_cron()
    {
        // The 1st of December 2026 is a Tuesday; the 7th a Monday.
        var schedule = Parse("0 0 1 * mon");
        Assert.True(schedule.FiresAt(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.True(schedule.FiresAt(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc)));
        Assert.False(schedule.FiresAt(new DateTime(2026, 12, 8, 0, 0, 0, DateTimeKind.Utc)));
        Assert.False(Parse("0 0 1 * *").FiresAt(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("0 8 * *", "has 4 fields")]
    [InlineData("60 8 * * *", "minute field '60'")]
    [InlineData("0 8 * * 1-9", "day-of-week field '1-9'")]
    [InlineData("0 18-8 * * *", "runs backwards")]
    [InlineData("0 8 * * fri-mon", "runs backwards")]
    [InlineData("*/0 8 * * *", "step '0'")]
    [InlineData("0 8 x * *", "day-of-month field 'x'")]
    [InlineData("@often", "is not one of the macros")]
    public void A_bad_schedule_says_which_field_is_wrong(string cron, string expected)
    {
        var (schedule, error) = CronSchedule.Parse(cron);
        Assert.Null(schedule);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}

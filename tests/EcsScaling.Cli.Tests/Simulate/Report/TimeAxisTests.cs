using EcsScaling.Cli.Simulate.Report;

namespace EcsScaling.Cli.Tests.Simulate.Report;

public class TimeAxisTests
{
    [Fact]
    public void A_day_spans_the_plot_with_a_tick_every_two_hours()
    {
        var axis = TimeAxis.Of(SyntheticDay.Build());

        Assert.Equal(TimeAxis.Left, axis.X(0));
        Assert.Equal(TimeAxis.Width - TimeAxis.Right, axis.X(1439));
        Assert.Equal(Enumerable.Range(0, 12).Select(h => h * 120), axis.Ticks());
    }

    [Fact]
    public void A_short_span_ticks_on_round_minutes_inside_it()
    {
        Assert.Equal([20, 30, 40, 50, 60], new TimeAxis(15, 64).Ticks());
    }

    [Fact]
    public void Minutes_out_of_order_are_rejected_naming_them()
    {
        var day = SyntheticDay.Build(minutes: 10);
        var minutes = day.Minutes.ToList();
        (minutes[3], minutes[4]) = (minutes[4], minutes[3]);

        var error = Assert.Throws<ArgumentException>(() => TimeAxis.Of(day with { Minutes = minutes }));
        Assert.Contains("minute 3 follows minute 4; minutes must increase", error.Message, StringComparison.Ordinal);
    }
}

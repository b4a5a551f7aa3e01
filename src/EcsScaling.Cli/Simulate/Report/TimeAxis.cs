using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>The x scale every chart of the report shares, so a mark lines up with the same minute in each.</summary>
internal sealed record TimeAxis(int First, int Last)
{
    public const double Width = 1200;
    public const double Left = 104;
    public const double Right = 16;

    public static double PlotWidth => Width - Left - Right;

    /// <summary>The span of the day's minutes, which must be in order: each chart draws them as one line from left to right.</summary>
    public static TimeAxis Of(DayTimeline day)
    {
        var minutes = day.Minutes;
        if (minutes.Count == 0)
        {
            throw new ArgumentException($"day timeline of {day.Scenario} seed {day.Seed} has no minutes", nameof(day));
        }

        for (var i = 1; i < minutes.Count; i++)
        {
            if (minutes[i].Minute <= minutes[i - 1].Minute)
            {
                throw new ArgumentException($"day timeline of {day.Scenario} seed {day.Seed}: minute {minutes[i].Minute} follows minute {minutes[i - 1].Minute}; minutes must increase", nameof(day));
            }
        }

        return new(minutes[0].Minute, minutes[^1].Minute);
    }

    public double X(int minute) => Left + ((minute - First) * PlotWidth / Math.Max(1, Last - First));

    /// <summary>Tick minutes on round clock times, about a dozen across the span.</summary>
    public IEnumerable<int> Ticks()
    {
        var span = Last - First;
        var step = span switch { > 16 * 60 => 120, > 6 * 60 => 60, > 2 * 60 => 30, > 30 => 10, _ => 1 };
        for (var tick = (int)Math.Ceiling(First / (double)step) * step; tick <= Last; tick += step)
        {
            yield return tick;
        }
    }
}

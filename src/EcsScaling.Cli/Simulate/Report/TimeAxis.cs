using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>The x scale every chart of the report shares, so a mark lines up with the same minute in each.</summary>
internal sealed record TimeAxis(int First, int Last)
{
    public const double Width = 1200;
    public const double Left = 104;
    public const double Right = 16;

    public static double PlotWidth => Width - Left - Right;

    public static TimeAxis Of(DayTimeline day) =>
        day.Minutes.Count == 0
            ? throw new ArgumentException($"day timeline of {day.Scenario} seed {day.Seed} has no minutes", nameof(day))
            : new(day.Minutes.Min(m => m.Minute), day.Minutes.Max(m => m.Minute));

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

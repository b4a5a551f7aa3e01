namespace EcsScaling.Cli.Simulate.Report;

/// <summary>A y scale from 0 to a round maximum, with round gridline steps (1, 2 or 5 times a power of ten).</summary>
internal sealed record ValueScale(double Max, double Step)
{
    public static ValueScale Covering(double highest, bool whole)
    {
        if (highest <= 0)
        {
            return new ValueScale(1, whole ? 1 : 0.5);
        }

        var rough = highest / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / power) switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 } * power;
        if (whole)
        {
            step = Math.Max(1, Math.Round(step));
        }

        return new ValueScale(Math.Ceiling(highest / step) * step, step);
    }

    public IEnumerable<double> Gridlines()
    {
        for (var i = 0; i * Step <= Max + (Step / 1000); i++)
        {
            yield return i * Step;
        }
    }
}

namespace EcsScaling.Core.Metrics;

/// <summary>
/// How unevenly CPU is reserved: coefficient of variation (standard deviation / mean) of the CPU
/// reservation fraction (reserved / registered CPU) across ACTIVE container instances. Fractions,
/// not CPU units, so that a cluster of mixed instance sizes that is evenly loaded scores 0.
/// Published for dashboards; it is not what the rebalance aims at (see <see cref="ImbalanceScore"/>):
/// it cannot reach 0 when services have fewer tasks than instances or when binpack services are
/// packed as they should be.
/// </summary>
public struct CpuImbalance
{
    private double _sum;
    private double _sumOfSquares;

    public int Count { get; private set; }

    public readonly double Value
    {
        get
        {
            if (Count == 0 || _sum <= 0)
            {
                return 0;
            }

            var mean = _sum / Count;
            var variance = Math.Max(0, (_sumOfSquares / Count) - (mean * mean));
            return Math.Sqrt(variance) / mean;
        }
    }

    public static double Of(IEnumerable<double> fractions)
    {
        var score = default(CpuImbalance);
        foreach (var fraction in fractions)
        {
            score.Add(fraction);
        }

        return score.Value;
    }

    public void Add(double fraction)
    {
        _sum += fraction;
        _sumOfSquares += fraction * fraction;
        Count++;
    }

    public void Replace(double oldFraction, double newFraction)
    {
        _sum += newFraction - oldFraction;
        _sumOfSquares += (newFraction * newFraction) - (oldFraction * oldFraction);
    }
}

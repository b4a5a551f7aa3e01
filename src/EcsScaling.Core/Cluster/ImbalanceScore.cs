namespace EcsScaling.Core.Clusters;

/// <summary>
/// The imbalance score: coefficient of variation (standard deviation / mean) of the CPU
/// reservation fraction (reserved / registered CPU) across ACTIVE container instances. Fractions,
/// not CPU units, so that a cluster of mixed instance sizes that is evenly loaded scores 0.
/// Kept as running sums so the planner can update it in O(1) per move.
/// </summary>
public struct ImbalanceScore
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
        var score = default(ImbalanceScore);
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

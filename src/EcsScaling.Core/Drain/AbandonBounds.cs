namespace EcsScaling.Core.Drain;

/// <summary>
/// The abandon bounds of a deployment (<see cref="DrainVariables.AbandonAfter"/>), read by <see cref="AbandonBoundsParser"/>.
/// A service's bound is its most specific matching entry (<see cref="AbandonBound.Specificity"/>).
/// </summary>
public sealed class AbandonBounds(IReadOnlyList<AbandonBound> bounds)
{
    public static AbandonBounds None { get; } = new([]);

    public IReadOnlyList<AbandonBound> All => bounds;

    public bool IsEmpty => bounds.Count == 0;

    /// <summary>The shortest bound: before it no drain needs its tasks looked at for a bound.</summary>
    public TimeSpan? Shortest => IsEmpty ? null : bounds.Min(b => b.After);

    /// <summary>The bound of a service of a cluster (name or ARN), or null when no entry names it.</summary>
    public AbandonBound? For(string cluster, string service) =>
        bounds.Where(b => b.Matches(cluster, service)).OrderByDescending(b => b.Specificity).FirstOrDefault();
}

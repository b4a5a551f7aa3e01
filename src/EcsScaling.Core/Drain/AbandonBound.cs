using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Drain;

/// <summary>
/// One entry of <see cref="DrainVariables.AbandonAfter"/>: a drain that a task of a matching service still holds
/// <see cref="After"/> after it started is abandoned. A null cluster is every managed cluster, a null service every
/// service ("*"); <see cref="Text"/> is the entry as written, for log lines and problems.
/// </summary>
public sealed record AbandonBound(ClusterReference? Cluster, string? Service, TimeSpan After, string Text)
{
    /// <summary>Which entry wins when several match: cluster/service, then service, then cluster/*, then *.</summary>
    public int Specificity => (Service is null ? 0 : 2) + (Cluster is null ? 0 : 1);

    public bool Matches(string cluster, string service) =>
        (Service is null || string.Equals(Service, service, StringComparison.Ordinal)) && (Cluster is not { } own || own.Matches(cluster));

    /// <summary>Whether two entries name the same services (a repeat is a typo: one of them would never apply).</summary>
    public bool SameTarget(AbandonBound other) =>
        string.Equals(Service, other.Service, StringComparison.Ordinal)
        && (Cluster, other.Cluster) switch
        {
            (null, null) => true,
            ({ } a, { } b) => a.Matches(b),
            _ => false,
        };
}

using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Clusters;

/// <summary>
/// The clusters one deployment manages (<see cref="Variable"/>, shared by every function), and the
/// one answer to "is this one of ours" that drain, rebalance and the ops commands all ask.
/// </summary>
public sealed class ManagedClusters
{
    public const string Variable = "ECS_SCALING_CLUSTERS";
    public const string Description = "Comma-separated ECS cluster names or ARNs to manage (required).";

    private readonly IReadOnlyList<ClusterReference> _references;

    public ManagedClusters(IEnumerable<string> clusters) =>
        (_references, Names) = (clusters.Select(ClusterReference.Parse).ToArray(), clusters.ToArray());

    /// <summary>The entries that name a cluster, for a setting read beside them (each bad entry is already a problem of its own).</summary>
    public static ManagedClusters OfValid(IEnumerable<string> clusters) => new(clusters.Where(c => ClusterReference.TryParse(c, out _, out _)));

    /// <summary>As configured, which is what ECS calls are given.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Reads the setting, adding a problem for each entry that names no cluster.</summary>
    public static IReadOnlyList<string> Read(EnvironmentReader reader, bool required = true)
    {
        var names = reader.Names(Variable, required);
        foreach (var name in names)
        {
            if (!ClusterReference.TryParse(name, out _, out var problem))
            {
                reader.Problems.Add($"{Variable}: {problem}.");
            }
        }

        return names;
    }

    /// <summary>The configured entry naming the same cluster as <paramref name="cluster"/>, else null.</summary>
    public string? Find(string cluster)
    {
        if (!ClusterReference.TryParse(cluster, out var other, out _))
        {
            return null;
        }

        var index = _references.ToList().FindIndex(r => r.Matches(other));
        return index < 0 ? null : Names[index];
    }

    public bool Contains(string cluster) => Find(cluster) is not null;
}

using EcsScaling.Core.Clusters;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// The cluster `--simulate` runs against: the standard cluster after a scale-out 6 → 9, so three
/// instances are empty (a rebalance has work) and every task is old enough to be moved.
/// </summary>
internal static class DemoCluster
{
    /// <summary>The configuration the functions would have for this cluster.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        ["ECS_SCALING_ASG_NAMES"] = StandardCluster.Group,
        ["ECS_SCALING_TERMINATE_HOOK_NAMES"] = StandardCluster.DrainHook,
    };

    public static Simulator Create(int seed) => StandardCluster.BuildScaledOut(seed);
}

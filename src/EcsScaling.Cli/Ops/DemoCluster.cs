using EcsScaling.Core.Model;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// The cluster `--simulate` runs against: the standard cluster after a scale-out 6 → 9, so three
/// instances are empty (a rebalance has work) and every task is old enough to be moved.
/// </summary>
internal static class DemoCluster
{
    public const int Instances = 9;
    public const string PolicyGroup = "prod-ecs-asg";

    /// <summary>The configuration the functions would have for this cluster.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["ECS_SCALING_CLUSTERS"] = StandardCluster.Cluster,
        ["ECS_SCALING_ASG_NAMES"] = StandardCluster.Group,
        ["ECS_SCALING_TERMINATE_HOOK_NAMES"] = StandardCluster.DrainHook,
    };

    public static Simulator Create(int seed)
    {
        var sim = new Simulator(seed);
        StandardCluster.Build(sim);

        // The packaged policy document (policies/policies.json) manages this group; empty, so the cluster stays as built.
        sim.AutoScaling.CreateGroup(PolicyGroup, sim.Ecs.Clusters[StandardCluster.Cluster], 0, new Resources(2048, 4096), StandardCluster.Zones, new GroupSpec { MinSize = 0, MaxSize = 3 });
        sim.Clock.Advance(TimeSpan.FromMinutes(2));
        sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, Instances);
        sim.Clock.Advance(TimeSpan.FromMinutes(30));
        return sim;
    }
}

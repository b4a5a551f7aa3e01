using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// A cluster where a drain cannot finish: a service at minimumHealthyPercent = maximumPercent = 100 on full
/// instances can never be replaced, so ECS never stops its task on a DRAINING instance.
/// </summary>
public static class PinnedCluster
{
    /// <summary>The standard cluster on 3 instances, full with one task per instance of "pinned", a service no drain can move.</summary>
    public static void Build(Simulator sim)
    {
        StandardCluster.Build(sim, instances: 3);
        var cluster = sim.Ecs.Clusters[StandardCluster.Cluster];
        sim.Ecs.CreateService(cluster, Service, sim.Ecs.RegisterTaskDefinition(Service, 768, 1024), 3,
            new ServiceSpec { MinimumHealthyPercent = 100, MaximumPercent = 100, PlacementConstraints = [new("distinctInstance", null)] });
    }

    public const string Service = "pinned";

    public static TimelineStep ScaleIn { get; } = new(TimeSpan.FromMinutes(1), "Scale-in 3 → 2.", sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 2));
}

using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// A binpack service left scattered: 24 batch tasks fill three of six instances, then scale to 6,
/// and ECS's scale-in keeps zones and instances balanced, so two tasks stay on each of three
/// instances that one could hold. At 17:43 on Monday 5 January a busy instance is terminated through
/// our hook (its tasks take the batch target group's three-minute deregistration delay to stop),
/// which leaves four and two: consolidation still has an instance to free. The rebalance may start
/// on its one-minute schedule; the faults of the rebalance scenario apply.
/// </summary>
public static class ConsolidationScenario
{
    public const string Service = "batch";

    /// <summary>The scenario starts at 17:40 UTC on a Monday, twenty minutes before an office-hours window closes.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 17, 40, 0, TimeSpan.Zero);

    public static Dictionary<string, string?> Environment() => new(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        [RebalanceVariables.MinTaskAgeMinutes] = "2",
        [RebalanceVariables.StartOnSchedule] = "true",
        [RebalanceVariables.CooldownMinutes] = "5",
    };

    public static Scenario Create() => new()
    {
        Name = "consolidation-after-service-scale-in",
        Description = "a binpack service scaled 24 → 6 over six instances, one busy instance scaled in; 10 % throttling, reordered events",
        Options = new SimulationOptions
        {
            Start = Start,
            Events = new EventDeliveryOptions { DuplicateProbability = 0.2, Jitter = TimeSpan.FromSeconds(30) },
            Faults = new FaultOptions { ThrottleProbability = 0.1, ServerErrorProbability = 0.02 },
        },
        Setup = sim =>
        {
            var cluster = sim.Ecs.CreateCluster(StandardCluster.Cluster);
            sim.AutoScaling.CreateGroup(StandardCluster.Group, cluster, 6, new Resources(2048, 4096), StandardCluster.Zones, new GroupSpec { MinSize = 1, MaxSize = 6 });
            sim.AutoScaling.PutLifecycleHook(StandardCluster.Group, StandardCluster.DrainHook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(600), LifecycleResult.Continue);
            var targets = sim.LoadBalancing.CreateTargetGroup(Service, "instance", TimeSpan.FromMinutes(3));
            sim.Ecs.CreateService(cluster, Service, sim.Ecs.RegisterTaskDefinition(Service, 256, 512), 24, new ServiceSpec
            {
                TargetGroupArns = [targets.Arn],
                PlacementStrategies = [new("binpack", "memory")],
                MinimumHealthyPercent = 50,
                MaximumPercent = 200,
            });
        },
        Duration = TimeSpan.FromMinutes(40),
        Timeline =
        [
            new(TimeSpan.FromMinutes(1), $"{Service} scales 24 → 6: two tasks stay on each of three instances.",
                sim => sim.Ecs.UpdateService(sim.Ecs.Clusters[StandardCluster.Cluster].Services[Service], desiredCount: 6)),
            new(TimeSpan.FromMinutes(3), "A busy instance is terminated through the hook.", sim => sim.AutoScaling.TerminateInstance(BusyInstance(sim), decrementDesiredCapacity: true)),
        ],
    };

    private static string BusyInstance(Simulator sim) =>
        sim.Ecs.Clusters[StandardCluster.Cluster].Instances.Values.Where(i => i.Tasks.Any(t => t.IsActive)).OrderBy(i => i.Ec2InstanceId, StringComparer.Ordinal).First().Ec2InstanceId;
}

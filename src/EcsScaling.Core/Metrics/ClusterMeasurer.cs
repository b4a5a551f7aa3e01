using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Metrics;

/// <summary>Turns a snapshot into a <see cref="ClusterMeasurement"/> in one pass over instances and tasks.</summary>
public static class ClusterMeasurer
{
    public static ClusterMeasurement Measure(ClusterSnapshot snapshot)
    {
        var tasksPerInstance = snapshot.Tasks
            .Where(t => t.ContainerInstanceArn is not null)
            .GroupBy(t => t.ContainerInstanceArn!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var instances = snapshot.Instances.Select(i => new InstanceLoad(
            i.Arn, i.Ec2InstanceId, i.AvailabilityZone, i.Status,
            snapshot.TasksLoaded ? tasksPerInstance.GetValueOrDefault(i.Arn) : i.RunningTasksCount + i.PendingTasksCount,
            i.Registered, i.Reserved)).ToList();
        var active = instances.Where(i => i.Status == ContainerInstanceStatus.Active).ToList();

        // ECS's own CPUReservation counts ACTIVE and DRAINING instances; so do we.
        var counted = instances.Where(i => i.Status is ContainerInstanceStatus.Active or ContainerInstanceStatus.Draining).ToList();
        return new ClusterMeasurement(
            snapshot.Cluster,
            instances,
            MeasureZones(active),
            snapshot.TasksLoaded ? MeasureServices(snapshot, active) : [],
            snapshot.TasksLoaded ? ImbalanceScore.Of(snapshot) : null,
            CpuImbalance.Of(active.Select(i => i.CpuFraction)),
            Percent(counted.Sum(i => (long)i.Reserved.Cpu), counted.Sum(i => (long)i.Registered.Cpu)),
            Percent(counted.Sum(i => (long)i.Reserved.MemoryMiB), counted.Sum(i => (long)i.Registered.MemoryMiB)),
            instances.Count(i => i.Status == ContainerInstanceStatus.Draining),
            active.Count(i => i.Tasks == 0),
            snapshot.TasksLoaded ? CapacityReservation.Of(snapshot) : null);
    }

    private static List<ZoneLoad> MeasureZones(List<InstanceLoad> active) =>
    [
        .. active.GroupBy(ZoneOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ZoneLoad(g.Key, g.Count(), g.Sum(i => i.Tasks),
                g.Aggregate(Resources.Zero, (sum, i) => sum + i.Registered), g.Aggregate(Resources.Zero, (sum, i) => sum + i.Reserved))),
    ];

    private static List<ServiceSpread> MeasureServices(ClusterSnapshot snapshot, List<InstanceLoad> active)
    {
        var activeByArn = active.ToDictionary(i => i.ContainerInstanceArn, StringComparer.Ordinal);
        var zones = active.Select(ZoneOf).Distinct(StringComparer.Ordinal).ToList();
        var tasksByService = snapshot.Tasks.Where(t => t.ServiceName is not null).ToLookup(t => t.ServiceName!, StringComparer.Ordinal);
        return [.. snapshot.Services.Where(s => !s.IsDaemon).Select(s => MeasureService(s, tasksByService[s.Name].ToList(), activeByArn, zones))];
    }

    private static ServiceSpread MeasureService(EcsService service, List<EcsTask> ownTasks, Dictionary<string, InstanceLoad> activeByArn, List<string> zones)
    {
        var onActive = ownTasks.Where(t => t.ContainerInstanceArn is not null && activeByArn.ContainsKey(t.ContainerInstanceArn)).ToList();
        var perInstance = onActive.GroupBy(t => t.ContainerInstanceArn!, StringComparer.Ordinal).Select(g => g.Count()).ToList();
        var perZone = zones.ToDictionary(z => z, _ => 0, StringComparer.Ordinal);
        foreach (var task in onActive)
        {
            perZone[ZoneOf(activeByArn[task.ContainerInstanceArn!])]++;
        }

        var instanceMin = perInstance.Count < activeByArn.Count ? 0 : perInstance.DefaultIfEmpty(0).Min();
        return new ServiceSpread(
            service.Name,
            service.DesiredCount,
            ownTasks.Count(ClusterSnapshot.IsHealthy),
            ownTasks.Count(t => !ClusterSnapshot.IsHealthy(t)),
            perZone,
            perInstance.DefaultIfEmpty(0).Max() - instanceMin,
            perZone.Count == 0 ? 0 : perZone.Values.Max() - perZone.Values.Min());
    }

    private static string ZoneOf(InstanceLoad instance) => instance.AvailabilityZone ?? "unknown";

    private static double Percent(long part, long whole) => whole > 0 ? 100.0 * part / whole : 0;
}

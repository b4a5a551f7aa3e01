using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Metrics;

/// <summary>
/// Instances needed ÷ instances there × 100, in the spirit of ECS's CapacityProviderReservation
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-auto-scaling.html: M ÷ N × 100, M the
/// instances needed for the running tasks plus those not yet placed), for any cluster and from what ECS
/// answers, so that a group's target tracking near 100 sees the tasks that could not be placed (CPUReservation
/// cannot) and still gives back what consolidation can free (ECS's M counts every instance running a task, so a
/// service spread across instances keeps them all). 100: the cluster is as small as its tasks allow and nothing
/// waits; above, tasks wait for instances; below, instances could go.
/// <list type="bullet">
/// <item>N: ACTIVE instances, and DRAINING ones left with daemon tasks only (drained but still running: the
/// group still counts them, and its scale-in should see them idle).</item>
/// <item>Missing tasks, per service: its desired count less its tasks on ACTIVE instances that ECS wants
/// running. A task on a DRAINING instance is missing (ECS must start its replacement somewhere); a DRAINING
/// instance still holding tasks counts in neither N nor M (the group may already be letting it go).</item>
/// <item>M, nothing missing: the fewest instances that hold the reservations of the tasks on ACTIVE instances
/// (max over CPU and memory of ⌈sum ÷ room⌉), so it falls as soon as a consolidation could free one.</item>
/// <item>M, tasks missing: they did not fit where the others are, so at least the instances running a task
/// that is not a daemon's stay needed, plus enough new ones for the missing tasks' reservations.</item>
/// <item>A missing task is sized by its service's own tasks (its current task definition's first); a service
/// with none on an instance (Fargate, or none started yet) adds nothing, nor do DAEMON services. A new
/// instance's room is the largest registered resources less one task of each daemon service.</item>
/// <item>With N = 0: 200 while tasks are missing, else 100, as ECS does.</item>
/// </list>
/// Needs the cluster's tasks.
/// </summary>
public static class CapacityReservation
{
    public static double Of(ClusterSnapshot snapshot)
    {
        if (!snapshot.TasksLoaded)
        {
            throw new ArgumentException("the capacity reservation needs the cluster's tasks: read the snapshot with includeTasks", nameof(snapshot));
        }

        var active = snapshot.Instances.Where(i => i.Status == ContainerInstanceStatus.Active).ToDictionary(i => i.Arn, StringComparer.Ordinal);
        var draining = snapshot.Instances.Where(i => i.Status == ContainerInstanceStatus.Draining).Select(i => i.Arn).ToHashSet(StringComparer.Ordinal);
        var daemons = snapshot.Services.Where(s => s.IsDaemon).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var onInstances = snapshot.Tasks.Where(t => t.ContainerInstanceArn is not null).ToList();
        var busy = onInstances.Where(t => !IsDaemonTask(t, daemons)).Select(t => t.ContainerInstanceArn!).ToHashSet(StringComparer.Ordinal);

        var there = active.Count + draining.Count(arn => !busy.Contains(arn));
        var missing = MissingReservations(snapshot, onInstances, active.Keys.ToHashSet(StringComparer.Ordinal), daemons, out var missingTasks);
        if (there == 0)
        {
            return missingTasks > 0 ? 200 : 100;
        }

        var room = Room(snapshot.Instances, onInstances, daemons);
        var placed = onInstances.Where(t => !IsDaemonTask(t, daemons) && t.DesiredStatus == EcsTaskStatus.Running && active.ContainsKey(t.ContainerInstanceArn!))
            .Aggregate((Cpu: 0L, Memory: 0L), (sum, t) => (sum.Cpu + t.Reserved.Cpu, sum.Memory + t.Reserved.MemoryMiB));
        var packed = InstancesFor(placed, room);
        var needed = missingTasks == 0 ? packed : Math.Max(packed, active.Keys.Count(busy.Contains)) + InstancesFor(missing, room);
        return 100.0 * needed / there;
    }

    private static bool IsDaemonTask(EcsTask task, HashSet<string> daemons) => task.ServiceName is { } service && daemons.Contains(service);

    /// <summary>The reservations of every service's missing tasks, and how many tasks that is.</summary>
    private static (long Cpu, long Memory) MissingReservations(ClusterSnapshot snapshot, List<EcsTask> onInstances, HashSet<string> active, HashSet<string> daemons, out int count)
    {
        var byService = onInstances.Where(t => t.ServiceName is not null && !IsDaemonTask(t, daemons)).ToLookup(t => t.ServiceName!, StringComparer.Ordinal);
        (long Cpu, long Memory) sum = (0, 0);
        count = 0;
        foreach (var service in snapshot.Services.Where(s => !s.IsDaemon))
        {
            var tasks = byService[service.Name].ToList();
            var missing = service.DesiredCount - tasks.Count(t => t.DesiredStatus == EcsTaskStatus.Running && active.Contains(t.ContainerInstanceArn!));
            if (missing <= 0 || tasks.Count == 0)
            {
                continue;
            }

            var size = (tasks.FirstOrDefault(t => t.TaskDefinitionArn == service.TaskDefinitionArn) ?? tasks[0]).Reserved;
            sum = (sum.Cpu + ((long)size.Cpu * missing), sum.Memory + ((long)size.MemoryMiB * missing));
            count += missing;
        }

        return sum;
    }

    /// <summary>What a new instance offers the tasks: the largest registered resources (of any instance) less one task of each daemon service.</summary>
    private static Resources Room(IEnumerable<ContainerInstance> instances, List<EcsTask> onInstances, HashSet<string> daemons)
    {
        var largest = instances.Aggregate(Resources.Zero, (max, i) => new Resources(Math.Max(max.Cpu, i.Registered.Cpu), Math.Max(max.MemoryMiB, i.Registered.MemoryMiB)));
        var daemonShare = onInstances.Where(t => IsDaemonTask(t, daemons)).GroupBy(t => t.ServiceName!, StringComparer.Ordinal)
            .Aggregate(Resources.Zero, (sum, g) => sum + g.First().Reserved);
        var room = largest - daemonShare;
        return room.Cpu > 0 && room.MemoryMiB > 0 ? room : largest;
    }

    private static int InstancesFor((long Cpu, long Memory) reservations, Resources room)
    {
        static long Ceiling(long part, int whole) => whole > 0 ? (part + whole - 1) / whole : 0;
        return (int)Math.Max(Ceiling(reservations.Cpu, room.Cpu), Ceiling(reservations.Memory, room.MemoryMiB));
    }
}

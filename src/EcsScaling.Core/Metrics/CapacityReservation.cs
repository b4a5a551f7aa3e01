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
/// <item>Missing tasks: <see cref="UnplacedTasks"/> (a task on a DRAINING instance is missing; a DRAINING
/// instance still holding tasks counts in neither N nor M: the group may already be letting it go).</item>
/// <item>M, nothing missing: the fewest instances that hold the reservations of the tasks on ACTIVE instances
/// (max over CPU and memory of ⌈sum ÷ room⌉), so it falls as soon as a consolidation could free one.</item>
/// <item>M, tasks missing: they did not fit where the others are, so at least the instances running a task
/// that is not a daemon's stay needed, plus enough new ones for the missing tasks' reservations.</item>
/// <item>A new instance's room is <see cref="UnplacedTasks.NewInstanceRoom"/>.</item>
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
        var daemons = snapshot.DaemonServiceNames();
        var onInstances = snapshot.Tasks.Where(t => t.ContainerInstanceArn is not null).ToList();
        var busy = snapshot.BusyInstanceArns();

        var there = active.Count + draining.Count(arn => !busy.Contains(arn));
        var unplaced = UnplacedTasks.Of(snapshot);
        var missingTasks = unplaced.Sum(u => u.Count);
        var missing = unplaced.Aggregate((Cpu: 0L, Memory: 0L), (sum, u) => (sum.Cpu + ((long)u.Size.Cpu * u.Count), sum.Memory + ((long)u.Size.MemoryMiB * u.Count)));
        if (there == 0)
        {
            return missingTasks > 0 ? 200 : 100;
        }

        var room = UnplacedTasks.NewInstanceRoom(snapshot);
        var placed = onInstances.Where(t => !ClusterSnapshot.IsDaemonTask(t, daemons) && t.DesiredStatus == EcsTaskStatus.Running && active.ContainsKey(t.ContainerInstanceArn!))
            .Aggregate((Cpu: 0L, Memory: 0L), (sum, t) => (sum.Cpu + t.Reserved.Cpu, sum.Memory + t.Reserved.MemoryMiB));
        var packed = InstancesFor(placed, room);
        var needed = missingTasks == 0 ? packed : Math.Max(packed, active.Keys.Count(busy.Contains)) + InstancesFor(missing, room);
        return 100.0 * needed / there;
    }

    private static int InstancesFor((long Cpu, long Memory) reservations, Resources room)
    {
        static long Ceiling(long part, int whole) => whole > 0 ? (part + whole - 1) / whole : 0;
        return (int)Math.Max(Ceiling(reservations.Cpu, room.Cpu), Ceiling(reservations.Memory, room.MemoryMiB));
    }
}

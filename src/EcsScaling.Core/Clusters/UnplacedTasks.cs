using EcsScaling.Core.Model;

namespace EcsScaling.Core.Clusters;

/// <summary>
/// Tasks a cluster's services want that ECS has not placed on an ACTIVE instance, one entry per service:
/// its desired count less its tasks on ACTIVE instances that ECS wants running. A task on a DRAINING
/// instance is missing (ECS must start its replacement somewhere). A missing task is sized by its
/// service's own tasks (its current task definition's first); a service with none on an instance
/// (Fargate, or none started yet) is left out, and so are DAEMON services (ECS places one per instance
/// by itself). Needs the snapshot's tasks.
/// </summary>
public sealed record UnplacedTasks(string Service, Resources Size, int Count, bool DistinctInstance)
{
    public static IReadOnlyList<UnplacedTasks> Of(ClusterSnapshot snapshot)
    {
        var active = snapshot.Instances.Where(i => i.Status == ContainerInstanceStatus.Active).Select(i => i.Arn).ToHashSet(StringComparer.Ordinal);
        var byService = snapshot.Tasks.Where(t => t.ContainerInstanceArn is not null && t.ServiceName is not null).ToLookup(t => t.ServiceName!, StringComparer.Ordinal);
        var result = new List<UnplacedTasks>();
        foreach (var service in snapshot.Services.Where(s => !s.IsDaemon))
        {
            var tasks = byService[service.Name].ToList();
            var missing = service.DesiredCount - tasks.Count(t => t.DesiredStatus == EcsTaskStatus.Running && active.Contains(t.ContainerInstanceArn!));
            if (missing > 0 && tasks.Count > 0)
            {
                var size = (tasks.FirstOrDefault(t => t.TaskDefinitionArn == service.TaskDefinitionArn) ?? tasks[0]).Reserved;
                result.Add(new UnplacedTasks(service.Name, size, missing, service.PlacementConstraints.Any(c => c.IsDistinctInstance)));
            }
        }

        return result;
    }

    /// <summary>What a new instance offers the tasks: the largest registered resources (of any instance) less one task of each daemon service.</summary>
    public static Resources NewInstanceRoom(ClusterSnapshot snapshot)
    {
        var daemons = snapshot.DaemonServiceNames();
        var largest = snapshot.Instances.Aggregate(Resources.Zero, (max, i) => new Resources(Math.Max(max.Cpu, i.Registered.Cpu), Math.Max(max.MemoryMiB, i.Registered.MemoryMiB)));
        var daemonShare = snapshot.Tasks.Where(t => t.ContainerInstanceArn is not null && ClusterSnapshot.IsDaemonTask(t, daemons))
            .GroupBy(t => t.ServiceName!, StringComparer.Ordinal)
            .Aggregate(Resources.Zero, (sum, g) => sum + g.First().Reserved);
        var room = largest - daemonShare;
        return room.Cpu > 0 && room.MemoryMiB > 0 ? room : largest;
    }
}

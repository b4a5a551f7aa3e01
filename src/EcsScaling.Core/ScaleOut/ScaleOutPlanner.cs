using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.ScaleOut;

/// <summary>
/// Decides how many instances a group must add so that every unplaced task has room, from one read of the
/// cluster and of the group (Karpenter's provisioning for pending pods, for ECS: ECS only retries a task it
/// could not place, and a target-tracking alarm on a capacity metric waits for three one-minute datapoints
/// before the group even starts launching).
/// <list type="bullet">
/// <item>The unplaced tasks (<see cref="UnplacedTasks"/>) go first-fit, largest first, onto the ACTIVE
/// instances with a connected agent, by the room ECS reports left on each (remainingResources): a task that
/// fits there is one ECS is about to place, not a reason to launch. distinctInstance keeps a service's tasks
/// on instances without one of its tasks.</item>
/// <item>The rest go first-fit onto new instances of <see cref="UnplacedTasks.NewInstanceRoom"/>; their count
/// is what the tasks need.</item>
/// <item>Desired capacity not holding an InService instance ACTIVE in the cluster is already coming
/// (launches under way, replacements of instances being drained), and is taken off what is needed.</item>
/// <item>The desired capacity only rises, and stops at MaxSize.</item>
/// </list>
/// Placement strategies are preferences, so they do not change where a task can go; memberOf constraints
/// are taken as met by new instances of the group.
/// </summary>
public static class ScaleOutPlanner
{
    /// <summary>Where the unplaced tasks go: onto the instances there, or onto how many new ones.</summary>
    public static WaitingTasks Fit(ClusterSnapshot snapshot)
    {
        var unplaced = UnplacedTasks.Of(snapshot);
        var active = snapshot.Instances.Where(i => i.Status == ContainerInstanceStatus.Active).ToList();
        var servicesOn = snapshot.Tasks.Where(t => t.ContainerInstanceArn is not null && t.ServiceName is not null).ToLookup(t => t.ContainerInstanceArn!, t => t.ServiceName!, StringComparer.Ordinal);
        var existing = active.Where(i => i.AgentConnected).Select(i => new Bin(i.Remaining, servicesOn[i.Arn].ToHashSet(StringComparer.Ordinal))).ToList();
        var room = UnplacedTasks.NewInstanceRoom(snapshot);
        var fresh = new List<Bin>();
        var (waiting, tooLarge) = (0, 0);
        var services = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var task in unplaced.SelectMany(u => Enumerable.Repeat(u, u.Count)).OrderByDescending(u => Weight(u.Size, room)))
        {
            if (existing.FirstOrDefault(b => b.Takes(task)) is { } there)
            {
                there.Add(task);
                continue;
            }

            waiting++;
            services.Add(task.Service);
            if (!room.Fits(task.Size))
            {
                tooLarge++;
            }
            else if (fresh.FirstOrDefault(b => b.Takes(task)) is { } launched)
            {
                launched.Add(task);
            }
            else
            {
                var bin = new Bin(room, new HashSet<string>(StringComparer.Ordinal));
                bin.Add(task);
                fresh.Add(bin);
            }
        }

        return new WaitingTasks(snapshot.Cluster, waiting, fresh.Count, tooLarge, [.. services], active.Select(i => i.Ec2InstanceId).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The desired capacity that brings what the waiting tasks need beyond what the group is already bringing.</summary>
    public static ScaleOutPlan Plan(WaitingTasks waiting, AutoScalingGroup group)
    {
        var ready = group.Instances.Count(i => i.LifecycleState == LifecycleStates.InService && waiting.ActiveInstanceIds.Contains(i.InstanceId));
        var coming = Math.Max(0, group.DesiredCapacity - ready);
        var after = Math.Max(group.DesiredCapacity, Math.Min(group.MaxSize, group.DesiredCapacity + waiting.InstancesNeeded - coming));
        return new ScaleOutPlan(waiting.Cluster, group.Name, waiting.Count, waiting.InstancesNeeded, coming, group.DesiredCapacity, after,
            group.MaxSize, waiting.TooLarge, waiting.Services);
    }

    /// <summary>The larger share of a new instance's CPU or memory the task takes: the first-fit order.</summary>
    private static double Weight(Resources size, Resources room) =>
        Math.Max(room.Cpu > 0 ? (double)size.Cpu / room.Cpu : 0, room.MemoryMiB > 0 ? (double)size.MemoryMiB / room.MemoryMiB : 0);

    private sealed class Bin(Resources free, HashSet<string> distinctServices)
    {
        private Resources _free = free;

        public bool Takes(UnplacedTasks task) => _free.Fits(task.Size) && !(task.DistinctInstance && distinctServices.Contains(task.Service));

        public void Add(UnplacedTasks task)
        {
            _free -= task.Size;
            distinctServices.Add(task.Service);
        }
    }
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Which busy instances to leave unprotected so that the group can act on a lowered desired capacity.
/// EC2 Auto Scaling scale-in never picks an instance protected from scale-in ("the Auto Scaling group can't terminate
/// the required number of instances until their instance scale-in protection settings are disabled",
/// https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-instance-protection.html), and an instance it
/// does pick waits in Terminating:Wait on the terminate lifecycle hook, where our drain moves its tasks before
/// completing the action. So when the group wants to remove more instances than are left unprotected (the empty and
/// daemon-only ones), the least-loaded busy instances are released, as many as it still wants to remove and as fit:
/// their tasks must fit, by reservation, on the busy instances that stay with room left for one more of the largest
/// task: a release never asks for capacity the group is giving back. The drain moves the tasks as ECS draining does,
/// within each service's minimumHealthyPercent and maximumPercent, so no service goes below its floor. Protection stays
/// the default: an instance is only released while the group is above its desired capacity, and the next sweep
/// protects it again once the group no longer is.
/// </summary>
public static class ScaleInRelease
{
    /// <summary>
    /// The instance ids to release. <paramref name="unprotected"/>: the group's instances that this sweep leaves
    /// unprotected anyway; <paramref name="busy"/>: its InService instances with a non-daemon task.
    /// </summary>
    public static IReadOnlySet<string> Choose(AutoScalingGroup group, int unprotected, IReadOnlyList<BusyInstance> busy)
    {
        var wanted = group.Instances.Count(CountsTowardDesired) - group.DesiredCapacity - unprotected;
        var movable = busy.Where(b => b.ContainerInstance.Status == ContainerInstanceStatus.Active).ToList();
        if (wanted <= 0 || movable.Count < 2)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // After a deep cut of the desired capacity the busy instances cannot all go; release as many of the
        // least-loaded as fit on the rest (the next sweeps release more as the drains and the group move on).
        var ordered = movable
            .OrderBy(b => b.Load.Cpu).ThenBy(b => b.Load.MemoryMiB).ThenBy(b => b.Tasks.Count).ThenBy(b => b.InstanceId, StringComparer.Ordinal)
            .ToList();
        var headroom = movable.SelectMany(b => b.Tasks).Aggregate(Resources.Zero, (max, t) => new Resources(Math.Max(max.Cpu, t.Cpu), Math.Max(max.MemoryMiB, t.MemoryMiB)));
        for (var count = Math.Min(wanted, movable.Count - 1); count > 0; count--)
        {
            var spare = ordered.Skip(count).Select(b => b.ContainerInstance.Remaining).ToArray();
            if (ordered.Take(count).All(candidate => TryPlace(candidate.Tasks, spare, headroom)))
            {
                return ordered.Take(count).Select(c => c.InstanceId).ToHashSet(StringComparer.Ordinal);
            }
        }

        return new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// Instances that count toward the desired capacity: InService and still launching (Pending, Pending:Wait,
    /// Pending:Proceed); a terminating one is already on its way out, a warm-pool one is not in the group's capacity.
    /// </summary>
    public static bool CountsTowardDesired(AutoScalingInstance instance) =>
        instance.LifecycleState == LifecycleStates.InService || instance.LifecycleState.StartsWith("Pending", StringComparison.Ordinal);

    /// <summary>
    /// First fit, largest task first, into the spare capacity of the instances that stay, leaving room for one more of
    /// the largest task somewhere: the group's policy tracks a reservation average, which can stay under its target while
    /// no instance has room for the next task, so a release must not use up the last such room. On success the spare is used up.
    /// </summary>
    private static bool TryPlace(IReadOnlyList<Resources> tasks, Resources[] spare, Resources headroom)
    {
        var trial = (Resources[])spare.Clone();
        foreach (var task in tasks.OrderByDescending(t => t.Cpu).ThenByDescending(t => t.MemoryMiB))
        {
            var host = Array.FindIndex(trial, s => s.Fits(task));
            if (host < 0)
            {
                return false;
            }

            trial[host] -= task;
        }

        if (!trial.Any(s => s.Fits(headroom)))
        {
            return false;
        }

        trial.CopyTo(spare, 0);
        return true;
    }
}

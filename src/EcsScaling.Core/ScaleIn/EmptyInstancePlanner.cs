using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.ScaleIn;

/// <summary>
/// Decides how many empty instances a group gives back now, by lowering its desired capacity (Karpenter's
/// emptiness consolidation, for ECS: a target-tracking scale-in waits for 15 one-minute datapoints below the
/// target, so instances launched for a surge idle for a quarter of an hour after it). The group's scale-in
/// then picks among its unprotected instances and terminates them through the terminate hooks, so this is
/// only done when the pick cannot fall on a busy instance:
/// <list type="bullet">
/// <item>nothing waits: every task the services want is on an ACTIVE instance (<see cref="UnplacedTasks"/>);</item>
/// <item>the group is steady: its desired capacity is its instance count, every instance InService and ACTIVE
/// in the cluster (no launch, replacement or termination under way that a lower desired capacity would cancel or race);</item>
/// <item>every busy InService instance is protected from scale-in and each empty one given back is not (the
/// drain function's scale-in protection keeps it so);</item>
/// <item>never below MinSize.</item>
/// </list>
/// </summary>
public static class EmptyInstancePlanner
{
    /// <returns>Null when the group has no empty instance.</returns>
    public static EmptyInstancePlan? Plan(ClusterSnapshot snapshot, IReadOnlySet<string> empty, AutoScalingGroup group)
    {
        var inService = group.Instances.Where(i => i.LifecycleState == LifecycleStates.InService).ToList();
        var emptyOfGroup = inService.Where(i => empty.Contains(i.InstanceId)).Select(i => i.InstanceId).ToList();
        if (emptyOfGroup.Count == 0)
        {
            return null;
        }

        var active = snapshot.Instances.Where(i => i.Status == ContainerInstanceStatus.Active).Select(i => i.Ec2InstanceId).ToHashSet(StringComparer.Ordinal);
        var waiting = UnplacedTasks.Of(snapshot).Sum(u => u.Count);
        var unprotectedBusy = inService.Count(i => !i.ProtectedFromScaleIn && !empty.Contains(i.InstanceId));
        var givable = inService.Where(i => empty.Contains(i.InstanceId) && !i.ProtectedFromScaleIn).Select(i => i.InstanceId).ToList();
        string? heldBy = waiting > 0 ? $"{waiting} task(s) of the cluster are not placed yet"
            : group.Instances.Count != group.DesiredCapacity || inService.Count != group.Instances.Count || inService.Any(i => !active.Contains(i.InstanceId))
                ? "the group is changing (instances launching, leaving or not yet ACTIVE in the cluster)"
            : unprotectedBusy > 0 ? $"{unprotectedBusy} busy instance(s) are not protected from scale-in, so the group's scale-in could pick one"
            : givable.Count == 0 ? "the empty instances are protected from scale-in"
            : group.DesiredCapacity <= group.MinSize ? $"the group is at its MinSize {group.MinSize}"
            : null;
        var givenBack = heldBy is null ? givable.Order(StringComparer.Ordinal).Take(group.DesiredCapacity - group.MinSize).ToList() : [];
        return new EmptyInstancePlan(snapshot.Cluster, group.Name, emptyOfGroup, givenBack, group.DesiredCapacity, group.DesiredCapacity - givenBack.Count, group.MinSize, heldBy);
    }
}

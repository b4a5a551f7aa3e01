using EcsScaling.Core.Model;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.AutoScaling;

/// <summary>
/// EC2 rebalance recommendations and Capacity Rebalancing
/// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-capacity-rebalancing.html): a group
/// with it launches a replacement for the at-risk instance and, once the replacement is in service, terminates
/// the at-risk one through its terminate lifecycle hooks, desired capacity unchanged. Near the group's maximum
/// (it may exceed it by 10 %, at least one instance, while replacing) no replacement is launched.
/// </summary>
public sealed partial class AutoScalingModel
{
    public void RecommendRebalance(string instanceId)
    {
        bus.Publish(OtherEventJson.RebalanceRecommendation(ids, clock.GetUtcNow(), instanceId));
        Activities.Add((clock.GetUtcNow(), $"EC2 sent a rebalance recommendation for {instanceId}"));
        if (!Instances.TryGetValue(instanceId, out var atRisk) || Groups[atRisk.GroupName] is not { CapacityRebalance: true } group
            || IsLeaving(atRisk) || atRisk.ReplacedBy is not null)
        {
            return;
        }

        if (group.Instances.Count >= group.MaxSize + Math.Max(1, group.MaxSize / 10))
        {
            Activities.Add((clock.GetUtcNow(), $"{group.Name}: Capacity Rebalancing cannot replace {instanceId}, the group is at its maximum"));
            return;
        }

        var replacement = Launch(group);
        (atRisk.ReplacedBy, replacement.Replaces) = (replacement.InstanceId, atRisk.InstanceId);
        Activities.Add((clock.GetUtcNow(), $"{group.Name}: Capacity Rebalancing launches {replacement.InstanceId} to replace {instanceId}"));
    }

    /// <summary>InService; a Capacity Rebalancing replacement then lets the instance it replaces go.</summary>
    private void EnterService(SimGroup group, SimAsgInstance instance)
    {
        instance.LifecycleState = LifecycleStates.InService;
        instance.InServiceAt = clock.GetUtcNow();
        if (instance.Replaces is { } replaced && group.Instances.TryGetValue(replaced, out var atRisk))
        {
            BeginTermination(group, atRisk, $"Capacity Rebalancing: its replacement {instance.InstanceId} is in service");
        }
    }
}

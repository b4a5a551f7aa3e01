using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Whether an EC2 rebalance recommendation may drain its instance now, or why not. A recommendation
/// only says the instance's Spot pool is at higher risk; EC2 sends them far more often than
/// interruption warnings, and an instance drained early is capacity lost before anything took it.
/// Each hold is its own check; the first that holds wins.
/// </summary>
public sealed class RecommendationGuard(DrainContext context)
{
    public async Task<string?> HoldAsync(ContainerInstance instance, CancellationToken cancellationToken)
    {
        var autoScaling = context.Gateways.AutoScaling;
        var record = (await autoScaling.DescribeInstancesAsync([instance.Ec2InstanceId], cancellationToken)).FirstOrDefault();
        var group = record is null ? null : (await autoScaling.DescribeGroupsAsync([record.GroupName], cancellationToken)).FirstOrDefault();
        if (group is { CapacityRebalance: true })
        {
            // EC2 Auto Scaling Capacity Rebalancing launches the replacement first, then terminates this
            // instance through the terminate lifecycle hooks: the drain runs then, with the new capacity in place.
            return $"group {group.Name} has Capacity Rebalancing: it launches a replacement, then terminates this instance through its terminate hook, which drains it";
        }

        var cluster = await context.Gateways.Ecs.ListContainerInstancesAsync(instance.ClusterArn, status: null, cancellationToken);
        return ChurnHold(cluster) ?? RoomHold(instance, cluster, group);
    }

    private string? ChurnHold(IReadOnlyList<ContainerInstance> cluster)
    {
        var counted = cluster.Count(i => i.Status is ContainerInstanceStatus.Active or ContainerInstanceStatus.Draining);
        var limit = Math.Max(1, counted * context.Options.RecommendationMaxSharePercent / 100);
        var draining = cluster.Count(i => i.Status == ContainerInstanceStatus.Draining
            && i.Attributes.GetValueOrDefault(DrainAttributes.DrainReason) == InterruptionHandler.RecommendationKind);
        return draining < limit
            ? null
            : $"churn guard: {draining} of {counted} instances already drain on recommendations, at most {limit} may " +
              $"({DrainVariables.RecommendationMaxShare}={context.Options.RecommendationMaxSharePercent}); an interruption warning still drains it";
    }

    /// <summary>Replacement capacity: room for its tasks on the other ACTIVE instances, or instances on their way.</summary>
    private static string? RoomHold(ContainerInstance instance, IReadOnlyList<ContainerInstance> cluster, AutoScalingGroup? group)
    {
        var room = cluster.Where(i => i.Arn != instance.Arn && i.Status == ContainerInstanceStatus.Active && i.AgentConnected)
            .Aggregate(Resources.Zero, (sum, i) => sum + i.Remaining);
        var launching = group is not null && group.DesiredCapacity > group.Instances.Count(i => i.LifecycleState == LifecycleStates.InService);
        return room.Fits(instance.Reserved) || launching
            ? null
            : $"no room for its tasks (CPU {instance.Reserved.Cpu}, memory {instance.Reserved.MemoryMiB} MiB) on the other ACTIVE instances " +
              $"(CPU {room.Cpu}, memory {room.MemoryMiB} MiB free) and no instance launching: draining now would leave services short";
    }
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>Finds an EC2 instance's container instance in the configured clusters, and its Auto Scaling side.</summary>
public sealed class InstanceLocator(DrainContext context)
{
    /// <summary>One filtered ListContainerInstances per cluster until found; null when it joined none of ours.</summary>
    public async Task<ContainerInstance?> FindAsync(string ec2InstanceId, CancellationToken ct)
    {
        foreach (var cluster in context.Options.Clusters)
        {
            if (await context.Gateways.Ecs.FindContainerInstanceAsync(cluster, ec2InstanceId, ct) is { } instance)
            {
                return instance;
            }
        }

        return null;
    }

    public async Task<ContainerInstance?> DescribeAsync(string clusterArn, string containerInstanceArn, CancellationToken ct) =>
        (await context.Gateways.Ecs.DescribeContainerInstancesAsync(clusterArn, [containerInstanceArn], ct)).FirstOrDefault();

    /// <summary>The instance's Auto Scaling record when it is in one of our groups, else null.</summary>
    public async Task<AutoScalingInstance?> FindInOurGroupsAsync(string ec2InstanceId, CancellationToken ct) =>
        await context.Gateways.AutoScaling.DescribeInstanceAsync(ec2InstanceId, ct) is { } instance && context.Options.OwnsGroup(instance.GroupName)
            ? instance
            : null;
}

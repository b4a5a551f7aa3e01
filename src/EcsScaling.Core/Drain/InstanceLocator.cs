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

    /// <summary>
    /// The EC2 instance's container instance if it is ACTIVE in one of our clusters, from one filtered
    /// ListContainerInstances per cluster and no describe. Only ARN, cluster and status are known (resources
    /// and attributes are left empty): enough to start a drain, which records a fresh start on an ACTIVE
    /// instance whatever it carried.
    /// </summary>
    public async Task<ContainerInstance?> FindActiveAsync(string ec2InstanceId, CancellationToken ct)
    {
        foreach (var cluster in context.Options.Clusters)
        {
            if (await context.Gateways.Ecs.FindContainerInstanceArnAsync(cluster, ec2InstanceId, ContainerInstanceStatus.Active, ct) is { } arn)
            {
                return new ContainerInstance(arn, ClusterArnOf(arn, cluster), ec2InstanceId, ContainerInstanceStatus.Active, true,
                    new Resources(0, 0), new Resources(0, 0), 0, 0, new Dictionary<string, string?>(), null);
            }
        }

        return null;
    }

    /// <summary>arn:…:container-instance/&lt;cluster&gt;/&lt;id&gt; names its cluster; the old format (no cluster) leaves the configured one.</summary>
    private static string ClusterArnOf(string containerInstanceArn, string configured)
    {
        var parts = containerInstanceArn.Split(':', 6);
        var resource = parts.Length == 6 ? parts[5].Split('/') : [];
        return resource is ["container-instance", var cluster, _] ? $"{string.Join(':', parts[..5])}:cluster/{cluster}" : configured;
    }

    public async Task<ContainerInstance?> DescribeAsync(string clusterArn, string containerInstanceArn, CancellationToken ct) =>
        (await context.Gateways.Ecs.DescribeContainerInstancesAsync(clusterArn, [containerInstanceArn], ct)).FirstOrDefault();

    /// <summary>The instance's Auto Scaling record when it is in one of our groups, else null.</summary>
    public async Task<AutoScalingInstance?> FindInOurGroupsAsync(string ec2InstanceId, CancellationToken ct) =>
        await context.Gateways.AutoScaling.DescribeInstanceAsync(ec2InstanceId, ct) is { } instance && context.Options.OwnsGroup(instance.GroupName)
            ? instance
            : null;
}

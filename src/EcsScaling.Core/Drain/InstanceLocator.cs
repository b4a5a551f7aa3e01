using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>Finds an EC2 instance's container instance in the configured clusters, and its Auto Scaling side.</summary>
public sealed class InstanceLocator(DrainContext context)
{
    /// <summary>One filtered ListContainerInstances per cluster until found (none when the batch located it); null when it joined none of ours.</summary>
    public async Task<ContainerInstance?> FindAsync(string ec2InstanceId, CancellationToken cancellationToken)
    {
        if (context.Located.TryGetValue(ec2InstanceId, out var located))
        {
            return located;
        }

        foreach (var cluster in context.Options.Clusters)
        {
            if (await context.Gateways.Ecs.FindContainerInstanceAsync(cluster, ec2InstanceId, cancellationToken) is { } instance)
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
    public async Task<ContainerInstance?> FindActiveAsync(string ec2InstanceId, CancellationToken cancellationToken)
    {
        // A queue batch located it already (with its describe): no call.
        if (context.Located.TryGetValue(ec2InstanceId, out var located))
        {
            return located is { Status: ContainerInstanceStatus.Active } ? located : null;
        }

        foreach (var cluster in context.Options.Clusters)
        {
            if (await context.Gateways.Ecs.FindContainerInstanceArnAsync(cluster, ec2InstanceId, ContainerInstanceStatus.Active, cancellationToken) is { } arn)
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

    /// <summary>
    /// Many EC2 instances at once: one "ec2InstanceId in [...]" lookup per cluster (per 100 ids),
    /// each cluster asked only for the ids not found yet. The answer, unfound ids as null, goes into
    /// a context whose <see cref="FindAsync"/> needs no call for them.
    /// </summary>
    public async Task<DrainContext> LocateAsync(IReadOnlyCollection<string> ec2InstanceIds, CancellationToken cancellationToken)
    {
        var located = new Dictionary<string, ContainerInstance?>(context.Located, StringComparer.Ordinal);
        var missing = ec2InstanceIds.Where(id => !located.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var cluster in context.Options.Clusters)
        {
            if (missing.Count == 0)
            {
                break;
            }

            foreach (var instance in await context.Gateways.Ecs.FindContainerInstancesAsync(cluster, missing, cancellationToken))
            {
                located.TryAdd(instance.Ec2InstanceId, instance);
            }

            missing.RemoveAll(located.ContainsKey);
        }

        foreach (var id in missing)
        {
            located[id] = null;
        }

        return context with { Located = located };
    }

    public async Task<ContainerInstance?> DescribeAsync(string clusterArn, string containerInstanceArn, CancellationToken cancellationToken) =>
        (await context.Gateways.Ecs.DescribeContainerInstancesAsync(clusterArn, [containerInstanceArn], cancellationToken)).FirstOrDefault();

    /// <summary>The instance's Auto Scaling record when it is in one of our groups, else null.</summary>
    public async Task<AutoScalingInstance?> FindInOurGroupsAsync(string ec2InstanceId, CancellationToken cancellationToken) =>
        await context.Gateways.AutoScaling.DescribeInstanceAsync(ec2InstanceId, cancellationToken) is { } instance && context.Options.OwnsGroup(instance.GroupName)
            ? instance
            : null;
}

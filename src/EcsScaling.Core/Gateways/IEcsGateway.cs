using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

public enum TaskDesiredStatus
{
    Running,
    Stopped,
}

/// <summary>ListTasks filters: ECS returns only desired RUNNING tasks unless asked for STOPPED.</summary>
public sealed record TaskQuery(string? ContainerInstanceArn = null, string? ServiceName = null, TaskDesiredStatus DesiredStatus = TaskDesiredStatus.Running);

/// <summary>
/// The ECS operations Core needs, in domain terms. Implementations paginate and split batches
/// to AWS limits (DescribeTasks/DescribeContainerInstances ≤ 100, DescribeServices ≤ 10,
/// UpdateContainerInstancesState ≤ 10), so callers pass whole lists.
/// </summary>
public interface IEcsGateway
{
    Task<IReadOnlyList<Cluster>> DescribeClustersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken);

    /// <summary>Finds the container instance of an EC2 instance with a ListContainerInstances filter, not a scan; null when not registered.</summary>
    Task<ContainerInstance?> FindContainerInstanceAsync(string cluster, string ec2InstanceId, CancellationToken cancellationToken);

    /// <summary>
    /// The ARN of the EC2 instance's container instance if it is in the given status: one ListContainerInstances
    /// with the ec2InstanceId filter and the status, no describe; null when it is not (or not registered).
    /// </summary>
    Task<string?> FindContainerInstanceArnAsync(string cluster, string ec2InstanceId, ContainerInstanceStatus status, CancellationToken cancellationToken);

    /// <summary>
    /// The container instances of several EC2 instances at once: ListContainerInstances with the
    /// cluster query <c>ec2InstanceId in [...]</c> (≤ 100 ids per call), then DescribeContainerInstances.
    /// Instances not registered in the cluster are simply absent.
    /// </summary>
    Task<IReadOnlyList<ContainerInstance>> FindContainerInstancesAsync(string cluster, IReadOnlyList<string> ec2InstanceIds, CancellationToken cancellationToken);

    /// <summary>
    /// The named capacity providers (a cluster's, from DescribeClusters): which Auto Scaling groups ECS's managed
    /// scaling, termination protection and draining act on. Unknown names are left out; no names, no call.
    /// </summary>
    Task<IReadOnlyList<CapacityProvider>> DescribeCapacityProvidersAsync(IReadOnlyList<string> capacityProviders, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContainerInstance>> ListContainerInstancesAsync(string cluster, ContainerInstanceStatus? status, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken);

    Task UpdateContainerInstancesStateAsync(string cluster, IReadOnlyList<string> containerInstanceArns, ContainerInstanceStatus status, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListTaskArnsAsync(string cluster, TaskQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken);

    Task StopTaskAsync(string cluster, string taskArn, string reason, CancellationToken cancellationToken);

    /// <summary>The subset of the given tasks that have ECS task scale-in protection enabled.</summary>
    Task<IReadOnlySet<string>> GetProtectedTaskArnsAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListServiceArnsAsync(string cluster, CancellationToken cancellationToken);

    /// <summary>Services with their tags.</summary>
    Task<IReadOnlyList<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken);

    /// <summary>Custom attributes on a container instance (a null value is a name-only attribute).</summary>
    Task PutAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken);

    Task DeleteAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyList<string> attributeNames, CancellationToken cancellationToken);

    /// <summary>Cluster-level state (rebalance cooldown, active policy profile) lives in tags on the cluster.</summary>
    Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, string>> ListTagsAsync(string resourceArn, CancellationToken cancellationToken);
}

using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

/// <summary>
/// Wraps FakeEcs (one count per gateway call) and counts the HTTP requests a real gateway makes:
/// list pages and describe batches of 100, DescribeServices batches of 10, and FindContainerInstance
/// as a filtered ListContainerInstances plus a DescribeContainerInstances.
/// </summary>
public sealed class PagedEcs(FakeEcs inner) : IEcsGateway
{
    public int Requests { get; private set; }

    private static int Pages(int items, int size) => Math.Max(1, (items + size - 1) / size);

    private async Task<T> Count<T>(Task<T> call, Func<T, int> requests)
    {
        var value = await call;
        Requests += requests(value);
        return value;
    }

    private async Task Count(Task call, int requests)
    {
        await call;
        Requests += requests;
    }

    public Task<IReadOnlyList<Cluster>> DescribeClustersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken) => Count(inner.DescribeClustersAsync(clusters, cancellationToken), _ => Pages(clusters.Count, 100));

    public Task<IReadOnlyList<CapacityProvider>> DescribeCapacityProvidersAsync(IReadOnlyList<string> capacityProviders, CancellationToken cancellationToken) =>
        Count(inner.DescribeCapacityProvidersAsync(capacityProviders, cancellationToken), _ => capacityProviders.Count == 0 ? 0 : Pages(capacityProviders.Count, 100));

    public Task<ContainerInstance?> FindContainerInstanceAsync(string cluster, string ec2InstanceId, CancellationToken cancellationToken) =>
        Count(inner.FindContainerInstanceAsync(cluster, ec2InstanceId, cancellationToken), r => r is null ? 1 : 2);

    public Task<string?> FindContainerInstanceArnAsync(string cluster, string ec2InstanceId, ContainerInstanceStatus status, CancellationToken cancellationToken) =>
        Count(inner.FindContainerInstanceArnAsync(cluster, ec2InstanceId, status, cancellationToken), _ => 1);

    public Task<IReadOnlyList<ContainerInstance>> FindContainerInstancesAsync(string cluster, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Count(inner.FindContainerInstancesAsync(cluster, ids, cancellationToken), r => Pages(ids.Count, 100) + (r.Count == 0 ? 0 : Pages(r.Count, 100)));

    public Task<IReadOnlyList<ContainerInstance>> ListContainerInstancesAsync(string cluster, ContainerInstanceStatus? status, CancellationToken cancellationToken) =>
        Count(inner.ListContainerInstancesAsync(cluster, status, cancellationToken), r => Pages(r.Count, 100) + (r.Count == 0 ? 0 : Pages(r.Count, 100)));

    public Task<IReadOnlyList<ContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> arns, CancellationToken cancellationToken) =>
        Count(inner.DescribeContainerInstancesAsync(cluster, arns, cancellationToken), _ => Pages(arns.Count, 100));

    public Task UpdateContainerInstancesStateAsync(string cluster, IReadOnlyList<string> arns, ContainerInstanceStatus status, CancellationToken cancellationToken) =>
        Count(inner.UpdateContainerInstancesStateAsync(cluster, arns, status, cancellationToken), Pages(arns.Count, 10));

    public Task<IReadOnlyList<string>> ListTaskArnsAsync(string cluster, TaskQuery query, CancellationToken cancellationToken) => Count(inner.ListTaskArnsAsync(cluster, query, cancellationToken), r => Pages(r.Count, 100));

    public Task<IReadOnlyList<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        Count(inner.DescribeTasksAsync(cluster, taskArns, cancellationToken), _ => Pages(taskArns.Count, 100));

    public Task StopTaskAsync(string cluster, string taskArn, string reason, CancellationToken cancellationToken) => Count(inner.StopTaskAsync(cluster, taskArn, reason, cancellationToken), 1);

    public Task<IReadOnlySet<string>> GetProtectedTaskArnsAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        Count(inner.GetProtectedTaskArnsAsync(cluster, taskArns, cancellationToken), _ => Pages(taskArns.Count, 10));

    public Task<IReadOnlyList<string>> ListServiceArnsAsync(string cluster, CancellationToken cancellationToken) => Count(inner.ListServiceArnsAsync(cluster, cancellationToken), r => Pages(r.Count, 100));

    public Task<IReadOnlyList<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken) =>
        Count(inner.DescribeServicesAsync(cluster, services, cancellationToken), _ => Pages(services.Count, 10));


    public Task PutAttributesAsync(string cluster, string arn, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken) =>
        Count(inner.PutAttributesAsync(cluster, arn, attributes, cancellationToken), Pages(attributes.Count, 10));

    public Task DeleteAttributesAsync(string cluster, string arn, IReadOnlyList<string> names, CancellationToken cancellationToken) => Count(inner.DeleteAttributesAsync(cluster, arn, names, cancellationToken), Pages(names.Count, 10));

    public Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) => Count(inner.TagResourceAsync(resourceArn, tags, cancellationToken), 1);

    public Task<IReadOnlyDictionary<string, string>> ListTagsAsync(string resourceArn, CancellationToken cancellationToken) => Count(inner.ListTagsAsync(resourceArn, cancellationToken), _ => 1);
}

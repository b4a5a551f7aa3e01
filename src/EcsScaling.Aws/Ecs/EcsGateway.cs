using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.Ecs.EcsOperations;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// IEcsGateway over the ECS API: every list is paginated, every batch split to the API limits
/// (the constants, from each operation's API reference), every request's members written here.
/// </summary>
public sealed class EcsGateway(IAwsCaller aws) : IEcsGateway
{
    private const int ClustersPerDescribe = 100;
    private const int CapacityProvidersPerDescribe = 100;
    private const int ContainerInstancesPerDescribe = 100;
    private const int ContainerInstancesPerUpdate = 10;
    private const int TasksPerDescribe = 100;
    private const int TasksPerProtectionCall = 10;
    private const int ServicesPerDescribe = 10;
    private const int AttributesPerCall = 10;
    private const int ListPageSize = 100;
    private static readonly List<string> IncludeTags = ["TAGS"];

    public Task<IReadOnlyList<Cluster>> DescribeClustersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken) =>
        Paging.BatchedAsync(clusters, ClustersPerDescribe, batch =>
            aws.CallAsync(Op.DescribeClusters, w => w.Strings("clusters", batch).Strings("include", IncludeTags), cancellationToken));

    /// <summary>Named providers are answered whole, up to 100 per call (DescribeCapacityProviders API reference); without names ECS would page through all of them.</summary>
    public Task<IReadOnlyList<CapacityProvider>> DescribeCapacityProvidersAsync(IReadOnlyList<string> capacityProviders, CancellationToken cancellationToken) =>
        Paging.BatchedAsync(capacityProviders, CapacityProvidersPerDescribe, batch =>
            aws.CallAsync(Op.DescribeCapacityProviders, w => w.Strings("capacityProviders", batch), cancellationToken));

    public async Task<ContainerInstance?> FindContainerInstanceAsync(string cluster, string ec2InstanceId, CancellationToken cancellationToken) =>
        (await FilteredAsync(cluster, $"ec2InstanceId == {ec2InstanceId}", [ec2InstanceId], cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<string?> FindContainerInstanceArnAsync(string cluster, string ec2InstanceId, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        var page = await ListContainerInstancesAsync(cluster, $"ec2InstanceId == {ec2InstanceId}", ContainerInstanceStatusText.ToFilter(status), null, cancellationToken).ConfigureAwait(false);
        if (page.Items.Count <= 1 && page.NextToken is null)
        {
            return page.Items.FirstOrDefault();
        }

        // ECS answers one instance at most; more means an emulator that ignores the filter: check the answer ourselves.
        var matching = await ListContainerInstancesAsync(cluster, status, cancellationToken).ConfigureAwait(false);
        return matching.FirstOrDefault(i => i.Ec2InstanceId == ec2InstanceId)?.Arn;
    }

    public Task<IReadOnlyList<ContainerInstance>> FindContainerInstancesAsync(string cluster, IReadOnlyList<string> ec2InstanceIds, CancellationToken cancellationToken) =>
        Paging.BatchedAsync<string, ContainerInstance>(ec2InstanceIds, ListPageSize, async batch =>
            // Cluster query language: "ec2InstanceId in ['i-1','i-2']" (Amazon ECS developer guide, "Cluster query language").
            [.. await FilteredAsync(cluster, $"ec2InstanceId in [{string.Join(",", batch.Select(id => $"'{id}'"))}]", batch, cancellationToken).ConfigureAwait(false)]);

    public async Task<IReadOnlyList<ContainerInstance>> ListContainerInstancesAsync(string cluster, ContainerInstanceStatus? status, CancellationToken cancellationToken)
    {
        var wireStatus = status is { } s ? ContainerInstanceStatusText.ToFilter(s) : null;
        var arns = await Paging.CollectAsync(token => ListContainerInstancesAsync(cluster, null, wireStatus, token, cancellationToken)).ConfigureAwait(false);
        var described = await DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false);

        // As with the ec2InstanceId filter, not every emulator applies the status filter.
        return status is { } wanted ? [.. described.Where(i => i.Status == wanted)] : described;
    }

    /// <summary>ECS does not answer the cluster ARN of a container instance: it is derived from the instance's ARN (EcsArns).</summary>
    public Task<IReadOnlyList<ContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken) =>
        Paging.BatchedAsync<string, ContainerInstance>(containerInstanceArns, ContainerInstancesPerDescribe, async batch =>
            [.. (await aws.CallAsync(Op.DescribeContainerInstances, w => w.String("cluster", cluster).Strings("containerInstances", batch), cancellationToken).ConfigureAwait(false))
                .Select(i => i with { ClusterArn = EcsArns.ClusterArn(cluster, i.Arn) })]);

    public async Task UpdateContainerInstancesStateAsync(string cluster, IReadOnlyList<string> containerInstanceArns, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        var wireStatus = ContainerInstanceStatusText.ToSet(status);
        await Paging.InBatchesAsync(containerInstanceArns, ContainerInstancesPerUpdate, async batch =>
            EcsFailures.ThrowIfAny(Op.UpdateContainerInstancesState, await aws.CallAsync(
                Op.UpdateContainerInstancesState, w => w.String("cluster", cluster).Strings("containerInstances", batch).String("status", wireStatus), cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<string>> ListTaskArnsAsync(string cluster, TaskQuery query, CancellationToken cancellationToken)
    {
        var desired = query.DesiredStatus == TaskDesiredStatus.Stopped ? "STOPPED" : "RUNNING";
        return Paging.CollectAsync(token => aws.CallAsync(Op.ListTasks, w => w
            .String("cluster", cluster).String("containerInstance", query.ContainerInstanceArn).String("serviceName", query.ServiceName)
            .String("desiredStatus", desired).String("nextToken", token).Number("maxResults", ListPageSize), cancellationToken));
    }

    public Task<IReadOnlyList<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        Paging.BatchedAsync(taskArns, TasksPerDescribe, batch => aws.CallAsync(Op.DescribeTasks, w => w.String("cluster", cluster).Strings("tasks", batch), cancellationToken));

    public Task StopTaskAsync(string cluster, string taskArn, string reason, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.StopTask, w => w.String("cluster", cluster).String("task", taskArn).String("reason", reason), cancellationToken);

    public async Task<IReadOnlySet<string>> GetProtectedTaskArnsAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        (await Paging.BatchedAsync(taskArns, TasksPerProtectionCall, batch =>
            aws.CallAsync(Op.GetTaskProtection, w => w.String("cluster", cluster).Strings("tasks", batch), cancellationToken)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> ListServiceArnsAsync(string cluster, CancellationToken cancellationToken) =>
        Paging.CollectAsync(token => aws.CallAsync(Op.ListServices, w => w.String("cluster", cluster).String("nextToken", token).Number("maxResults", ListPageSize), cancellationToken));

    public Task<IReadOnlyList<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken) =>
        Paging.BatchedAsync(services, ServicesPerDescribe, batch =>
            aws.CallAsync(Op.DescribeServices, w => w.String("cluster", cluster).Strings("services", batch).Strings("include", IncludeTags), cancellationToken));

    public Task PutAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken) =>
        AttributesAsync(Op.PutAttributes, cluster, containerInstanceArn, [.. attributes.Keys], name => attributes[name], cancellationToken);

    public Task DeleteAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyList<string> attributeNames, CancellationToken cancellationToken) =>
        AttributesAsync(Op.DeleteAttributes, cluster, containerInstanceArn, attributeNames, static _ => null, cancellationToken);

    public Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.TagResource, w => w.String("resourceArn", resourceArn).Objects<string>("tags", [.. tags.Keys], (t, key) => t.String("key", key).String("value", tags[key])), cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListTagsAsync(string resourceArn, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.ListTagsForResource, w => w.String("resourceArn", resourceArn), cancellationToken);

    /// <summary>One page of ListContainerInstances; filter and status are optional.</summary>
    private Task<Page<string>> ListContainerInstancesAsync(string cluster, string? filter, string? status, string? token, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.ListContainerInstances, w => w
            .String("cluster", cluster).String("filter", filter).String("status", status).String("nextToken", token).Number("maxResults", ListPageSize), cancellationToken);

    /// <summary>
    /// Every page of a filtered ListContainerInstances, described (an empty list costs no describe). The
    /// filter is applied by ECS but not by every emulator: only the EC2 instances asked for are kept.
    /// </summary>
    private async Task<IEnumerable<ContainerInstance>> FilteredAsync(string cluster, string filter, IReadOnlyCollection<string> ec2InstanceIds, CancellationToken cancellationToken)
    {
        var arns = await Paging.CollectAsync(token => ListContainerInstancesAsync(cluster, filter, null, token, cancellationToken)).ConfigureAwait(false);
        var wanted = ec2InstanceIds.ToHashSet(StringComparer.Ordinal);
        return (await DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false)).Where(i => wanted.Contains(i.Ec2InstanceId));
    }

    /// <summary>The full container instance ARN as target id needs no target type (and is the only form moto resolves).</summary>
    private Task AttributesAsync(JsonOperation<UnreadAnswer> operation, string cluster, string containerInstanceArn, IReadOnlyList<string> names, Func<string, string?> valueOf, CancellationToken cancellationToken) =>
        Paging.InBatchesAsync(names, AttributesPerCall, batch => aws.CallAsync(operation, w => w
            .String("cluster", cluster).Objects("attributes", batch, (a, name) => a.String("name", name).String("value", valueOf(name)).String("targetId", containerInstanceArn)), cancellationToken));
}

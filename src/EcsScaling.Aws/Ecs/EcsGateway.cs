using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.Ecs.EcsOperations;

namespace EcsScaling.Aws.Ecs;

/// <summary>IEcsGateway over the ECS API: every list is paginated, every batch split to the API limits.</summary>
public sealed class EcsGateway(IAwsCaller aws) : IEcsGateway
{
    private static readonly List<string> IncludeTags = ["TAGS"];

    public async Task<IReadOnlyList<Cluster>> DescribeClustersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken) =>
        await Paging.BatchedAsync(clusters, EcsLimits.DescribeClusters, async batch =>
            (await aws.CallAsync(Op.DescribeClusters, new DescribeClustersRequest(batch, IncludeTags), cancellationToken).ConfigureAwait(false))
                .Clusters?.Select(EcsMapping.ToCluster)).ConfigureAwait(false);

    public async Task<ContainerInstance?> FindContainerInstanceAsync(string cluster, string ec2InstanceId, CancellationToken cancellationToken) =>
        (await FilteredAsync(cluster, $"ec2InstanceId == {ec2InstanceId}", [ec2InstanceId], cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<string?> FindContainerInstanceArnAsync(string cluster, string ec2InstanceId, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        var page = await aws.CallAsync(Op.ListContainerInstances,
            new ListContainerInstancesRequest(cluster, $"ec2InstanceId == {ec2InstanceId}", ContainerInstanceStatusText.ToFilter(status), null, EcsLimits.ListPageSize), cancellationToken).ConfigureAwait(false);
        var arns = page.ContainerInstanceArns ?? [];
        if (arns.Count <= 1 && page.NextToken is null)
        {
            return arns.FirstOrDefault();
        }

        // ECS answers one instance at most; more means an emulator that ignores the filter: check the answer ourselves.
        var matching = await ListContainerInstancesAsync(cluster, status, cancellationToken).ConfigureAwait(false);
        return matching.FirstOrDefault(i => i.Ec2InstanceId == ec2InstanceId)?.Arn;
    }

    public async Task<IReadOnlyList<ContainerInstance>> FindContainerInstancesAsync(string cluster, IReadOnlyList<string> ec2InstanceIds, CancellationToken cancellationToken)
    {
        var found = new List<ContainerInstance>(ec2InstanceIds.Count);
        foreach (var batch in ec2InstanceIds.Distinct(StringComparer.Ordinal).Chunk(EcsLimits.ListPageSize))
        {
            // Cluster query language: "ec2InstanceId in ['i-1','i-2']" (Amazon ECS developer guide, "Cluster query language").
            found.AddRange(await FilteredAsync(cluster, $"ec2InstanceId in [{string.Join(",", batch.Select(id => $"'{id}'"))}]", batch, cancellationToken).ConfigureAwait(false));
        }

        return found;
    }

    /// <summary>
    /// Every page of a filtered ListContainerInstances, described (an empty list costs no describe). The
    /// filter is applied by ECS but not by every emulator: only the EC2 instances asked for are kept.
    /// </summary>
    private async Task<IEnumerable<ContainerInstance>> FilteredAsync(string cluster, string filter, IReadOnlyCollection<string> ec2InstanceIds, CancellationToken cancellationToken)
    {
        var arns = await Paging.CollectAsync<string>(async token =>
        {
            var page = await aws.CallAsync(Op.ListContainerInstances, new ListContainerInstancesRequest(cluster, filter, null, token, EcsLimits.ListPageSize), cancellationToken).ConfigureAwait(false);
            return (page.ContainerInstanceArns, page.NextToken);
        }).ConfigureAwait(false);
        var wanted = ec2InstanceIds.ToHashSet(StringComparer.Ordinal);
        return (await DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false)).Where(i => wanted.Contains(i.Ec2InstanceId));
    }

    public async Task<IReadOnlyList<ContainerInstance>> ListContainerInstancesAsync(string cluster, ContainerInstanceStatus? status, CancellationToken cancellationToken)
    {
        var wireStatus = status is { } s ? ContainerInstanceStatusText.ToFilter(s) : null;
        var arns = await Paging.CollectAsync<string>(async token =>
        {
            var page = await aws.CallAsync(Op.ListContainerInstances, new ListContainerInstancesRequest(cluster, null, wireStatus, token, EcsLimits.ListPageSize), cancellationToken).ConfigureAwait(false);
            return (page.ContainerInstanceArns, page.NextToken);
        }).ConfigureAwait(false);
        var described = await DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false);

        // As with the ec2InstanceId filter, not every emulator applies the status filter.
        return status is { } wanted ? [.. described.Where(i => i.Status == wanted)] : described;
    }

    public async Task<IReadOnlyList<ContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken) =>
        await Paging.BatchedAsync(containerInstanceArns, EcsLimits.DescribeContainerInstances, async batch =>
            (await aws.CallAsync(Op.DescribeContainerInstances, new DescribeContainerInstancesRequest(cluster, batch), cancellationToken).ConfigureAwait(false))
                .ContainerInstances?.Select(i => EcsMapping.ToContainerInstance(i, EcsArns.ClusterArn(cluster, i.ContainerInstanceArn)))).ConfigureAwait(false);

    public async Task UpdateContainerInstancesStateAsync(string cluster, IReadOnlyList<string> containerInstanceArns, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        var wireStatus = ContainerInstanceStatusText.ToSet(status);
        await Paging.BatchedAsync<string, EcsContainerInstance>(containerInstanceArns, EcsLimits.UpdateContainerInstancesState, async batch =>
        {
            var response = await aws.CallAsync(Op.UpdateContainerInstancesState, new UpdateContainerInstancesStateRequest(cluster, batch, wireStatus), cancellationToken).ConfigureAwait(false);
            EcsFailures.ThrowIfAny(Op.UpdateContainerInstancesState, response.Failures);
            return response.ContainerInstances;
        }).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<string>> ListTaskArnsAsync(string cluster, TaskQuery query, CancellationToken cancellationToken)
    {
        var desired = query.DesiredStatus == TaskDesiredStatus.Stopped ? "STOPPED" : "RUNNING";
        return List(
            token => aws.CallAsync(Op.ListTasks, new ListTasksRequest(cluster, query.ContainerInstanceArn, query.ServiceName, desired, token, EcsLimits.ListPageSize), cancellationToken),
            r => (r.TaskArns, r.NextToken));
    }

    public async Task<IReadOnlyList<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        await Paging.BatchedAsync(taskArns, EcsLimits.DescribeTasks, async batch =>
            (await aws.CallAsync(Op.DescribeTasks, new DescribeTasksRequest(cluster, batch), cancellationToken).ConfigureAwait(false))
                .Tasks?.Select(EcsMapping.ToTask)).ConfigureAwait(false);

    public Task StopTaskAsync(string cluster, string taskArn, string reason, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.StopTask, new StopTaskRequest(cluster, taskArn, reason), cancellationToken);

    public async Task<IReadOnlySet<string>> GetProtectedTaskArnsAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        var protectedArns = await Paging.BatchedAsync(taskArns, EcsLimits.GetTaskProtection, async batch =>
            (await aws.CallAsync(Op.GetTaskProtection, new GetTaskProtectionRequest(cluster, batch), cancellationToken).ConfigureAwait(false))
                .ProtectedTasks?.Where(t => t.ProtectionEnabled && t.TaskArn is not null).Select(t => t.TaskArn!)).ConfigureAwait(false);
        return protectedArns.ToHashSet(StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<string>> ListServiceArnsAsync(string cluster, CancellationToken cancellationToken) =>
        List(token => aws.CallAsync(Op.ListServices, new ListServicesRequest(cluster, token, EcsLimits.ListPageSize), cancellationToken), r => (r.ServiceArns, r.NextToken));

    public async Task<IReadOnlyList<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken) =>
        await Paging.BatchedAsync(services, EcsLimits.DescribeServices, async batch =>
            (await aws.CallAsync(Op.DescribeServices, new DescribeServicesRequest(cluster, batch, IncludeTags), cancellationToken).ConfigureAwait(false))
                .Services?.Select(EcsMapping.ToService)).ConfigureAwait(false);

    // The full container instance ARN as target id needs no target type (and is the only form moto resolves).
    public async Task PutAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken) =>
        await Paging.BatchedAsync<KeyValuePair<string, string?>, EcsAttribute>([.. attributes], EcsLimits.PutAttributes, async batch =>
            (await aws.CallAsync(Op.PutAttributes, new PutAttributesRequest(cluster, [.. batch.Select(a => new EcsAttribute(a.Key, a.Value, null, containerInstanceArn))]), cancellationToken).ConfigureAwait(false))
                .Attributes).ConfigureAwait(false);

    public async Task DeleteAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyList<string> attributeNames, CancellationToken cancellationToken) =>
        await Paging.BatchedAsync<string, EcsAttribute>(attributeNames, EcsLimits.DeleteAttributes, async batch =>
            (await aws.CallAsync(Op.DeleteAttributes, new DeleteAttributesRequest(cluster, [.. batch.Select(name => new EcsAttribute(name, null, null, containerInstanceArn))]), cancellationToken).ConfigureAwait(false))
                .Attributes).ConfigureAwait(false);

    public Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.TagResource, new TagResourceRequest(resourceArn, [.. tags.Select(t => new EcsTag(t.Key, t.Value))]), cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ListTagsAsync(string resourceArn, CancellationToken cancellationToken) =>
        EcsMapping.Tags((await aws.CallAsync(Op.ListTagsForResource, new ListTagsForResourceRequest(resourceArn), cancellationToken).ConfigureAwait(false)).Tags);

    private static async Task<IReadOnlyList<string>> List<TResponse>(Func<string?, Task<TResponse>> call, Func<TResponse, (List<string>? Items, string? NextToken)> page) =>
        await Paging.CollectAsync<string>(async token => page(await call(token).ConfigureAwait(false))).ConfigureAwait(false);
}

using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Gateways;

/// <summary>IEcsGateway over the ECS model, one simulated API call per page or batch at AWS's documented sizes (ECS API reference: DescribeTasks/DescribeContainerInstances 100, DescribeServices 10, list pages 100).</summary>
public sealed partial class SimEcsGateway(EcsModel ecs, SimulatedApi api) : IEcsGateway
{
    private const string Service = "ecs";

    public Task<IReadOnlyList<Cluster>> DescribeClustersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<Cluster>>(Service, "DescribeClusters", () =>
        [
            .. clusters.Select(ecs.FindCluster).OfType<SimCluster>().Select(c => new Cluster(
                c.Arn, c.Name, "ACTIVE", c.Instances.Values.Count(i => i.Status != ContainerInstanceStatus.Inactive),
                c.Tasks.Values.Count(t => t.LastStatus == EcsTaskStatus.Running), c.Tasks.Values.Count(t => t.LastStatus is EcsTaskStatus.Provisioning or EcsTaskStatus.Pending),
                new Dictionary<string, string>(c.Tags, StringComparer.Ordinal))
            {
                CapacityProviders = [.. ecs.CapacityProviders.Where(p => p.Group.Cluster == c).Select(p => p.Name)],
            }),
        ], cancellationToken);

    /// <summary>Attached capacity providers, each with managed scaling, termination protection and draining (all the simulator models).</summary>
    public async Task<IReadOnlyList<CapacityProvider>> DescribeCapacityProvidersAsync(IReadOnlyList<string> capacityProviders, CancellationToken cancellationToken) =>
        capacityProviders.Count == 0 ? [] : await api.CallAsync<IReadOnlyList<CapacityProvider>>(Service, "DescribeCapacityProviders", () =>
            [.. ecs.CapacityProviders.Where(p => capacityProviders.Contains(p.Name)).Select(p => new CapacityProvider(p.Name, "ACTIVE", p.Group.Name, true, true, true))], cancellationToken).ConfigureAwait(false);

    /// <summary>Two calls, as on the wire: a filtered ListContainerInstances, then DescribeContainerInstances.</summary>
    public async Task<ContainerInstance?> FindContainerInstanceAsync(string cluster, string ec2InstanceId, CancellationToken cancellationToken) =>
        (await FilteredAsync(cluster, [ec2InstanceId], cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>One call, as on the wire: ListContainerInstances applies both the ec2InstanceId filter and the status.</summary>
    public async Task<string?> FindContainerInstanceArnAsync(string cluster, string ec2InstanceId, ContainerInstanceStatus status, CancellationToken cancellationToken) =>
        (await Paged("ListContainerInstances", () => ListedCluster(cluster, status).Instances.Values
            .Where(i => i.Ec2InstanceId == ec2InstanceId && i.Status == status)
            .Select(i => i.Arn).ToList(), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>One filtered ListContainerInstances per 100 ids (the "in" operator of ECS's cluster query language), then the describes.</summary>
    public async Task<IReadOnlyList<ContainerInstance>> FindContainerInstancesAsync(string cluster, IReadOnlyList<string> ec2InstanceIds, CancellationToken cancellationToken)
    {
        var found = new List<ContainerInstance>(ec2InstanceIds.Count);
        foreach (var batch in ec2InstanceIds.Distinct(StringComparer.Ordinal).Chunk(100))
        {
            found.AddRange(await FilteredAsync(cluster, batch, cancellationToken).ConfigureAwait(false));
        }

        return found;
    }

    /// <summary>A ListContainerInstances filtered to the EC2 instances asked for (not INACTIVE ones), then their describes; no describe when none matched.</summary>
    private async Task<IReadOnlyList<ContainerInstance>> FilteredAsync(string cluster, IReadOnlyCollection<string> ec2InstanceIds, CancellationToken cancellationToken)
    {
        var wanted = ec2InstanceIds.ToHashSet(StringComparer.Ordinal);
        var arns = await Paged("ListContainerInstances", () => Cluster("ListContainerInstances", cluster).Instances.Values
            .Where(i => wanted.Contains(i.Ec2InstanceId) && i.Status != ContainerInstanceStatus.Inactive)
            .Select(i => i.Arn).ToList(), cancellationToken).ConfigureAwait(false);
        return await DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContainerInstance>> ListContainerInstancesAsync(string cluster, ContainerInstanceStatus? status, CancellationToken cancellationToken)
    {
        var arns = await Paged("ListContainerInstances", () => ListedCluster(cluster, status).Instances.Values
            .Where(i => status is null ? i.Status != ContainerInstanceStatus.Inactive : i.Status == status)
            .Select(i => i.Arn).ToList(), cancellationToken).ConfigureAwait(false);
        return await DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken)
    {
        var result = new List<ContainerInstance>();
        foreach (var batch in containerInstanceArns.Chunk(100))
        {
            // Unknown ARNs come back in "failures", not as an error.
            result.AddRange(await api.CallAsync<IReadOnlyList<ContainerInstance>>(Service, "DescribeContainerInstances", () =>
            {
                var c = Cluster("DescribeContainerInstances", cluster);
                return [.. batch.Select(a => c.Instances.GetValueOrDefault(a)).OfType<SimContainerInstance>().Select(i => i.ToModel())];
            }, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public async Task UpdateContainerInstancesStateAsync(string cluster, IReadOnlyList<string> containerInstanceArns, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        foreach (var batch in containerInstanceArns.Chunk(10))
        {
            await api.CallAsync(Service, "UpdateContainerInstancesState", () =>
            {
                if (!ContainerInstanceStatusText.CanBeSet(status))
                {
                    throw api.Error(Service, "UpdateContainerInstancesState", "InvalidParameterException", $"status must be ACTIVE or DRAINING, not {ContainerInstanceStatusText.Wire.Of(status)}");
                }

                var c = Cluster("UpdateContainerInstancesState", cluster);
                foreach (var instance in batch.Select(a => c.Instances.GetValueOrDefault(a)).OfType<SimContainerInstance>().Where(i => i.Status != ContainerInstanceStatus.Inactive))
                {
                    ecs.SetInstanceStatus(instance, status);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>ListTasks returns desired-RUNNING tasks unless asked for STOPPED (ListTasks API reference).</summary>
    public Task<IReadOnlyList<string>> ListTaskArnsAsync(string cluster, TaskQuery query, CancellationToken cancellationToken) =>
        Paged("ListTasks", () =>
        {
            var c = Cluster("ListTasks", cluster);
            var desired = query.DesiredStatus == TaskDesiredStatus.Running ? EcsTaskStatus.Running : EcsTaskStatus.Stopped;
            var service = query.ServiceName is { } name ? ServiceName(name) : null;

            // Desired-RUNNING tasks are all in the instance and service indexes; STOPPED ones only in the cluster's.
            IEnumerable<SimTask> scope = desired == EcsTaskStatus.Stopped ? c.Tasks.Values
                : query.ContainerInstanceArn is { } arn ? c.Instances.GetValueOrDefault(arn)?.Tasks ?? []
                : service is not null ? c.Services.GetValueOrDefault(service)?.Tasks ?? []
                : c.Tasks.Values;
            return scope
                .Where(t => t.DesiredStatus == desired
                    && (service is null || t.Service?.Name == service)
                    && (query.ContainerInstanceArn is null || t.Instance.Arn == query.ContainerInstanceArn))
                .Select(t => t.Arn).ToList();
        }, cancellationToken);

    public async Task<IReadOnlyList<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        var result = new List<EcsTask>();
        foreach (var batch in taskArns.Chunk(100))
        {
            result.AddRange(await api.CallAsync<IReadOnlyList<EcsTask>>(Service, "DescribeTasks", () =>
            {
                var c = Cluster("DescribeTasks", cluster);
                return [.. batch.Select(a => c.Tasks.GetValueOrDefault(a)).OfType<SimTask>().Select(t => t.ToModel())];
            }, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public Task StopTaskAsync(string cluster, string taskArn, string reason, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "StopTask", () =>
        {
            var task = Cluster("StopTask", cluster).Tasks.GetValueOrDefault(taskArn)
                ?? throw api.Error(Service, "StopTask", "InvalidParameterException", "The referenced task was not found.");
            ecs.StopTask(task, reason);
        }, cancellationToken);

    /// <summary>Services are named by name or ARN.</summary>
    private static string ServiceName(string nameOrArn) => nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..];

    private SimCluster Cluster(string operation, string nameOrArn) =>
        ecs.FindCluster(nameOrArn) ?? throw api.Error(Service, operation, "ClusterNotFoundException", $"Cluster not found: {nameOrArn}");

    /// <summary>The cluster a status-filtered ListContainerInstances lists, once the filter passed AWS's check.</summary>
    private SimCluster ListedCluster(string nameOrArn, ContainerInstanceStatus? status) =>
        status is { } wanted && !ContainerInstanceStatusText.CanFilterBy(wanted)
            ? throw api.Error(Service, "ListContainerInstances", "InvalidParameterException", $"status cannot be {ContainerInstanceStatusText.Wire.Of(wanted)}")
            : Cluster("ListContainerInstances", nameOrArn);

    private async Task<IReadOnlyList<string>> Paged(string operation, Func<List<string>> list, CancellationToken cancellationToken)
    {
        var all = await api.CallAsync(Service, operation, list, cancellationToken).ConfigureAwait(false);

        // The first page came with the call above; each further page of 100 is another call.
        for (var page = 100; page < all.Count; page += 100)
        {
            await api.CallAsync(Service, operation, () => true, cancellationToken).ConfigureAwait(false);
        }

        return all;
    }
}

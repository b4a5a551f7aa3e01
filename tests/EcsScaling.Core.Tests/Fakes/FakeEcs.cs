using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>
/// A hand-written in-memory ECS for Core unit tests: state is set directly, calls are counted
/// per operation, and a failure can be queued for any operation.
/// </summary>
public sealed class FakeEcs : IEcsGateway
{
    public Dictionary<string, Cluster> Clusters { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ContainerInstance> Instances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EcsTask> Tasks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EcsService> Services { get; } = new(StringComparer.Ordinal);


    public HashSet<string> ProtectedTasks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Dictionary<string, string>> Tags { get; } = new(StringComparer.Ordinal);

    public CallLog Calls { get; } = new();

    public ContainerInstance AddInstance(ContainerInstance instance) => Instances[instance.Arn] = instance;

    public EcsTask AddTask(EcsTask task) => Tasks[task.Arn] = task;

    public EcsService AddService(EcsService service) => Services[service.Name] = service;

    public List<CapacityProvider> CapacityProviders { get; } = [];

    /// <summary>Associates a capacity provider with the cluster of that name (added when there is none yet), as PutClusterCapacityProviders does.</summary>
    public void AttachCapacityProvider(string clusterName, CapacityProvider provider)
    {
        var cluster = Clusters.Values.FirstOrDefault(c => c.Name == clusterName)
            ?? new Cluster($"arn:aws:ecs:eu-west-1:123456789012:cluster/{clusterName}", clusterName, "ACTIVE", 0, 0, 0, new Dictionary<string, string>());
        Clusters[cluster.Arn] = cluster with { CapacityProviders = [.. cluster.CapacityProviders, provider.Name] };
        CapacityProviders.Add(provider);
    }

    public Task<IReadOnlyList<CapacityProvider>> DescribeCapacityProvidersAsync(IReadOnlyList<string> capacityProviders, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<CapacityProvider>>("DescribeCapacityProviders", [.. CapacityProviders.Where(p => capacityProviders.Contains(p.Name))]);

    public Task<IReadOnlyList<Cluster>> DescribeClustersAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<Cluster>>("DescribeClusters", [.. Clusters.Values.Where(c => clusters.Contains(c.Arn) || clusters.Contains(c.Name)).Select(WithTags)]);

    /// <summary>As with include=TAGS on the wire: the cluster's tags as TagResource left them.</summary>
    private Cluster WithTags(Cluster cluster)
    {
        if (!Tags.TryGetValue(cluster.Arn, out var tagged))
        {
            return cluster;
        }

        var merged = new Dictionary<string, string>(cluster.Tags, StringComparer.Ordinal);
        foreach (var (key, value) in tagged)
        {
            merged[key] = value;
        }

        return cluster with { Tags = merged };
    }

    public Task<ContainerInstance?> FindContainerInstanceAsync(string cluster, string ec2InstanceId, CancellationToken cancellationToken) =>
        Answer("ListContainerInstances", InCluster(cluster).FirstOrDefault(i => i.Ec2InstanceId == ec2InstanceId));

    public Task<string?> FindContainerInstanceArnAsync(string cluster, string ec2InstanceId, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        _ = ContainerInstanceStatusText.ToFilter(status);
        return Answer("ListContainerInstances", InCluster(cluster).FirstOrDefault(i => i.Ec2InstanceId == ec2InstanceId && i.Status == status)?.Arn);
    }

    public Task<IReadOnlyList<ContainerInstance>> FindContainerInstancesAsync(string cluster, IReadOnlyList<string> ec2InstanceIds, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<ContainerInstance>>("ListContainerInstances", [.. InCluster(cluster).Where(i => ec2InstanceIds.Contains(i.Ec2InstanceId))]);

    public Task<IReadOnlyList<ContainerInstance>> ListContainerInstancesAsync(string cluster, ContainerInstanceStatus? status, CancellationToken cancellationToken)
    {
        _ = status is { } filter ? ContainerInstanceStatusText.ToFilter(filter) : null;
        return Answer<IReadOnlyList<ContainerInstance>>("ListContainerInstances", [.. InCluster(cluster).Where(i => status is null || i.Status == status)]);
    }

    public Task<IReadOnlyList<ContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<ContainerInstance>>("DescribeContainerInstances", [.. containerInstanceArns.Where(Instances.ContainsKey).Select(a => Answered(Instances[a]))]);

    public Task UpdateContainerInstancesStateAsync(string cluster, IReadOnlyList<string> containerInstanceArns, ContainerInstanceStatus status, CancellationToken cancellationToken)
    {
        _ = ContainerInstanceStatusText.ToSet(status);
        Calls.Record("UpdateContainerInstancesState");
        foreach (var arn in containerInstanceArns)
        {
            Instances[arn] = Instances[arn] with { Status = status };
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListTaskArnsAsync(string cluster, TaskQuery query, CancellationToken cancellationToken)
    {
        var wantStopped = query.DesiredStatus == TaskDesiredStatus.Stopped;
        return Answer<IReadOnlyList<string>>("ListTasks", [.. Tasks.Values
            .Where(t => ClusterMatches(t.ClusterArn, cluster))
            .Where(t => query.ContainerInstanceArn is null || t.ContainerInstanceArn == query.ContainerInstanceArn)
            .Where(t => query.ServiceName is null || t.ServiceName == query.ServiceName)
            .Where(t => (t.DesiredStatus == EcsTaskStatus.Stopped) == wantStopped)
            .Select(t => t.Arn)]);
    }

    public Task<IReadOnlyList<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<EcsTask>>("DescribeTasks", [.. taskArns.Where(Tasks.ContainsKey).Select(a => Tasks[a])]);

    public Task StopTaskAsync(string cluster, string taskArn, string reason, CancellationToken cancellationToken)
    {
        Calls.Record("StopTask");
        Tasks[taskArn] = Tasks[taskArn] with { DesiredStatus = EcsTaskStatus.Stopped, StoppedReason = reason };
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> GetProtectedTaskArnsAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        Answer<IReadOnlySet<string>>("GetTaskProtection", taskArns.Where(ProtectedTasks.Contains).ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyList<string>> ListServiceArnsAsync(string cluster, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<string>>("ListServices", [.. Services.Values.Where(s => ClusterMatches(s.ClusterArn, cluster)).Select(s => s.Arn)]);

    public Task<IReadOnlyList<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<EcsService>>("DescribeServices", [.. Services.Values.Where(s => services.Contains(s.Name) || services.Contains(s.Arn))]);

    public Task PutAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken)
    {
        Calls.Record("PutAttributes");
        var instance = Instances[containerInstanceArn];
        var merged = new Dictionary<string, string?>(instance.Attributes, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            merged[name] = value;
        }

        Instances[containerInstanceArn] = instance with { Attributes = merged };
        return Task.CompletedTask;
    }

    public Task DeleteAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyList<string> attributeNames, CancellationToken cancellationToken)
    {
        Calls.Record("DeleteAttributes");
        var instance = Instances[containerInstanceArn];
        Instances[containerInstanceArn] = instance with
        {
            Attributes = instance.Attributes.Where(a => !attributeNames.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        };
        return Task.CompletedTask;
    }

    public Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        Calls.Record("TagResource");
        if (!Tags.TryGetValue(resourceArn, out var existing))
        {
            Tags[resourceArn] = existing = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var (key, value) in tags)
        {
            existing[key] = value;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string>> ListTagsAsync(string resourceArn, CancellationToken cancellationToken) =>
        Answer<IReadOnlyDictionary<string, string>>("ListTagsForResource", Tags.TryGetValue(resourceArn, out var tags)
            ? new Dictionary<string, string>(tags, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal));

    private static bool ClusterMatches(string clusterArn, string cluster) =>
        clusterArn == cluster || clusterArn.EndsWith("/" + cluster, StringComparison.Ordinal);

    private IEnumerable<ContainerInstance> InCluster(string cluster) => Instances.Values.Where(i => ClusterMatches(i.ClusterArn, cluster)).Select(Answered);

    /// <summary>The record as ECS would answer it about the tasks a test put on the instance: runningTasksCount counts those desired RUNNING.</summary>
    private ContainerInstance Answered(ContainerInstance instance) => instance with
    {
        RunningTasksCount = Math.Max(instance.RunningTasksCount, Tasks.Values.Count(t => t.ContainerInstanceArn == instance.Arn && t.DesiredStatus == EcsTaskStatus.Running)),
    };

    private Task<T> Answer<T>(string operation, T value)
    {
        Calls.Record(operation);
        return Task.FromResult(value);
    }
}

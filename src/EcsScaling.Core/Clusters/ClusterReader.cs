using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Clusters;

/// <summary>
/// Loads a <see cref="ClusterSnapshot"/> with whole-cluster calls only (the gateway pages and
/// batches): ListContainerInstances+Describe, ListServices+DescribeServices and, when asked,
/// ListTasks+DescribeTasks. Never one call per instance: a 5,000-instance cluster costs about
/// 100 calls without tasks, about 2,100 with 100,000 tasks.
/// </summary>
public sealed class ClusterReader(IEcsGateway ecs, TimeProvider time)
{
    public async Task<ClusterSnapshot> ReadAsync(string cluster, bool includeTasks, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cluster);
        var instances = await ecs.ListContainerInstancesAsync(cluster, status: null, cancellationToken);
        var serviceArns = await ecs.ListServiceArnsAsync(cluster, cancellationToken);
        var services = serviceArns.Count == 0 ? [] : await ecs.DescribeServicesAsync(cluster, serviceArns, cancellationToken);
        IReadOnlyList<EcsTask> tasks = [];
        if (includeTasks)
        {
            var taskArns = await ecs.ListTaskArnsAsync(cluster, new TaskQuery(), cancellationToken);
            tasks = taskArns.Count == 0 ? [] : await ecs.DescribeTasksAsync(cluster, taskArns, cancellationToken);
        }

        return new ClusterSnapshot(cluster, time.GetUtcNow(), instances, [.. tasks.Where(t => !t.IsStopped)], services, includeTasks);
    }

    /// <summary>Tasks whose desired status is STOPPED (ECS keeps them about an hour): what a wave stopped and what ECS stopped while draining.</summary>
    public async Task<IReadOnlyList<EcsTask>> ReadStoppedTasksAsync(string cluster, CancellationToken cancellationToken)
    {
        var arns = await ecs.ListTaskArnsAsync(cluster, new TaskQuery(DesiredStatus: TaskDesiredStatus.Stopped), cancellationToken);
        return arns.Count == 0 ? [] : await ecs.DescribeTasksAsync(cluster, arns, cancellationToken);
    }
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Clusters;

/// <summary>
/// One read of a cluster: its container instances, the tasks ECS wants running (lastStatus
/// anything but STOPPED, desired RUNNING) and its services. Tasks is empty when the read skipped
/// them (metrics need only instances and services).
/// </summary>
public sealed record ClusterSnapshot(
    string Cluster,
    DateTimeOffset TakenAt,
    IReadOnlyList<ContainerInstance> Instances,
    IReadOnlyList<EcsTask> Tasks,
    IReadOnlyList<EcsService> Services,
    bool TasksLoaded)
{
    /// <summary>Tasks count as healthy only once RUNNING: tasks still starting are not yet serving.</summary>
    public static bool IsHealthy(EcsTask task) => task.LastStatus == EcsTaskStatus.Running && task.DesiredStatus == EcsTaskStatus.Running;
}

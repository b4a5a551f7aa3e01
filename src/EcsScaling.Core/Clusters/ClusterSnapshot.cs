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
    /// <summary>ARNs of the container instances running a task that is not a DAEMON service's (daemon-only counts as idle).</summary>
    public IReadOnlySet<string> BusyInstanceArns()
    {
        var daemons = DaemonServiceNames();
        return Tasks.Where(t => t.ContainerInstanceArn is not null && !IsDaemonTask(t, daemons))
            .Select(t => t.ContainerInstanceArn!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names of the DAEMON services (ECS places one of their tasks on every instance by itself).</summary>
    public IReadOnlySet<string> DaemonServiceNames() => Services.Where(s => s.IsDaemon).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    public static bool IsDaemonTask(EcsTask task, IReadOnlySet<string> daemonServices) => task.ServiceName is { } service && daemonServices.Contains(service);

    /// <summary>Tasks count as healthy only once RUNNING: tasks still starting are not yet serving.</summary>
    public static bool IsHealthy(EcsTask task) => task.LastStatus == EcsTaskStatus.Running && task.DesiredStatus == EcsTaskStatus.Running;
}

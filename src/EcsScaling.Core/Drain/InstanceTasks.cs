using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Every task ECS still knows on one container instance, desired RUNNING and desired STOPPED alike
/// (runningTasksCount drops before a task has really stopped), with the services they belong to.
/// </summary>
public sealed record InstanceTasks(ContainerInstance Instance, IReadOnlyList<EcsTask> Tasks, IReadOnlyDictionary<string, EcsService> Services)
{
    /// <summary>Costs 2 ListTasks (+1 per 100 tasks each), ⌈T/100⌉ DescribeTasks and ⌈S/10⌉ DescribeServices.</summary>
    public static async Task<InstanceTasks> LoadAsync(DrainContext context, ContainerInstance instance, CancellationToken ct)
    {
        var ecs = context.Gateways.Ecs;
        var running = await ecs.ListTaskArnsAsync(instance.ClusterArn, new TaskQuery(instance.Arn), ct);
        var stopping = await ecs.ListTaskArnsAsync(instance.ClusterArn, new TaskQuery(instance.Arn, DesiredStatus: TaskDesiredStatus.Stopped), ct);
        var directory = new ServiceDirectory(context);
        var tasks = await directory.DescribeAsync(instance.ClusterArn, [.. running.Concat(stopping).Distinct(StringComparer.Ordinal)], ct);
        return new InstanceTasks(instance, tasks, await directory.ForTasksAsync(instance.ClusterArn, tasks, ct));
    }

    public bool IsDaemon(EcsTask task) => ServiceDirectory.IsDaemon(task, Services);

    /// <summary>Tasks that keep the instance from being drained: not STOPPED and not a daemon (ECS stops daemon tasks last).</summary>
    public IReadOnlyList<EcsTask> Blocking => [.. Tasks.Where(t => !t.IsStopped && !IsDaemon(t))];

    public IReadOnlyList<EcsTask> DaemonsLeft => [.. Tasks.Where(t => !t.IsStopped && IsDaemon(t))];

    /// <summary>DRAINING never stops standalone tasks (group "family:…"); we do after a grace period. Service tasks are never ours to stop.</summary>
    public IReadOnlyList<EcsTask> StandaloneStillWanted =>
        [.. Tasks.Where(t => t.ServiceName is null && !t.IsStopped && t.DesiredStatus != EcsTaskStatus.Stopped)];

    /// <summary>Target groups of the non-daemon services that ran here (a daemon's own target lives as long as the daemon).</summary>
    public IReadOnlyList<string> TargetGroupArns =>
        [.. Services.Values.Where(s => !s.IsDaemon).SelectMany(s => s.LoadBalancers).Select(lb => lb.TargetGroupArn).OfType<string>().Distinct(StringComparer.Ordinal)];

    public static string Describe(EcsTask task) => $"{task.Arn} ({task.Group}, {task.LastStatus})";
}

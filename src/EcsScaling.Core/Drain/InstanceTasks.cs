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
    public static async Task<InstanceTasks> LoadAsync(DrainContext context, ContainerInstance instance, CancellationToken cancellationToken) =>
        (await LoadManyAsync(context, [instance], cancellationToken)).Single();

    /// <summary>
    /// Several instances at once: up to 2 ListTasks each (ECS lists one container instance's tasks
    /// per call), but DescribeTasks and DescribeServices batched across them, per cluster. With
    /// isolateFailures, an instance whose listing fails is left out instead of failing them all;
    /// with a pacer, each ListTasks waits for its token so that a long batch keeps under the API's
    /// rate. describedNow says the records were read from ECS in this invocation (not carried
    /// by an event, which may be old), so that what they say may spare a listing.
    /// </summary>
    public static async Task<IReadOnlyList<InstanceTasks>> LoadManyAsync(
        DrainContext context, IReadOnlyList<ContainerInstance> instances, CancellationToken cancellationToken, bool isolateFailures = false, CallPacer? pacer = null,
        bool describedNow = false)
    {
        async Task<IReadOnlyList<string>> ListAsync(ContainerInstance instance, TaskDesiredStatus desired)
        {
            if (pacer is not null)
            {
                await pacer.TakeAsync(CallFamily.EcsRead, cancellationToken);
            }

            return await context.Gateways.Ecs.ListTaskArnsAsync(instance.ClusterArn, new TaskQuery(instance.Arn, DesiredStatus: desired), cancellationToken);
        }

        var listed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            try
            {
                var running = describedNow && HoldsNoTask(instance) ? [] : await ListAsync(instance, TaskDesiredStatus.Running);
                var stopping = await ListAsync(instance, TaskDesiredStatus.Stopped);
                listed[instance.Arn] = [.. running.Concat(stopping).Distinct(StringComparer.Ordinal)];
            }
            catch (AwsCallException) when (isolateFailures)
            {
                // Not checked this time; the next sweep (or its event) will.
            }
        }

        var directory = new ServiceDirectory(context);
        var loaded = new List<InstanceTasks>(listed.Count);
        foreach (var cluster in instances.Where(i => listed.ContainsKey(i.Arn)).GroupBy(i => i.ClusterArn, StringComparer.Ordinal))
        {
            var described = (await directory.DescribeAsync(cluster.Key, [.. cluster.SelectMany(i => listed[i.Arn])], cancellationToken)).ToDictionary(t => t.Arn, StringComparer.Ordinal);
            var services = await directory.ForTasksAsync(cluster.Key, described.Values, cancellationToken);
            foreach (var instance in cluster)
            {
                EcsTask[] tasks = [.. listed[instance.Arn].Select(described.GetValueOrDefault).OfType<EcsTask>()];
                var own = tasks.Select(t => t.ServiceName).OfType<string>().Distinct(StringComparer.Ordinal).Where(services.ContainsKey)
                    .ToDictionary(name => name, name => services[name], StringComparer.Ordinal);
                loaded.Add(new InstanceTasks(instance, tasks, own));
            }
        }

        return loaded;
    }

    /// <summary>
    /// A DRAINING instance that ECS counts no task desired RUNNING or PENDING on (runningTasksCount,
    /// pendingTasksCount) and that reserves nothing (ECS holds a task's CPU and memory from placement
    /// until it is STOPPED, and every EC2 task reserves memory) has only stopped tasks left, whose
    /// targets may still be draining; ECS places nothing new on a DRAINING instance.
    /// </summary>
    public static bool HoldsNoTask(ContainerInstance instance) =>
        instance is { Status: ContainerInstanceStatus.Draining, RunningTasksCount: 0, PendingTasksCount: 0, Registered.MemoryMiB: > 0 }
        && instance.Remaining == instance.Registered;

    public bool IsDaemon(EcsTask task) => ServiceDirectory.IsDaemon(task, Services);

    /// <summary>Tasks that keep the instance from being drained: not STOPPED and not a daemon (ECS stops daemon tasks last).</summary>
    public IReadOnlyList<EcsTask> Blocking => [.. Tasks.Where(t => !t.IsStopped && !IsDaemon(t))];

    public IReadOnlyList<EcsTask> DaemonsLeft => [.. Tasks.Where(t => !t.IsStopped && IsDaemon(t))];

    /// <summary>
    /// Daemon tasks ECS is stopping (desired STOPPED, not yet STOPPED): a log shipper flushing or a proxy
    /// closing connections. ECS may stop them as soon as no replica is RUNNING, before the replicas are gone.
    /// </summary>
    public IReadOnlyList<EcsTask> DaemonsStopping => [.. DaemonsLeft.Where(t => t.DesiredStatus == EcsTaskStatus.Stopped)];

    /// <summary>DRAINING never stops standalone tasks (group "family:…"); we do after a grace period. Service tasks are never ours to stop.</summary>
    public IReadOnlyList<EcsTask> StandaloneStillWanted =>
        [.. Tasks.Where(t => t.ServiceName is null && !t.IsStopped && t.DesiredStatus != EcsTaskStatus.Stopped)];

    /// <summary>Target groups of the non-daemon services that ran here (a daemon's own target lives as long as the daemon).</summary>
    public IReadOnlyList<string> TargetGroupArns =>
        [.. Services.Values.Where(s => !s.IsDaemon).SelectMany(s => s.LoadBalancers).Select(lb => lb.TargetGroupArn).OfType<string>().Distinct(StringComparer.Ordinal)];

    public static string Describe(EcsTask task) => $"{task.Arn} ({task.Group}, {task.LastStatus})";
}

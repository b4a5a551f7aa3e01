using EcsScaling.Core.Clusters;
using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Hosting;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Queues;

namespace EcsScaling.Bench.Drain;

/// <summary>
/// The two contenders of the drain benchmarks, plugged into one simulator: the real "drain"
/// function (raw event JSON in, one-minute sweeper) and a polling baseline in the style of AWS's
/// sample and similar tools (DRAINING on the lifecycle event, then a check every N seconds).
/// </summary>
internal static class DrainFunctions
{
    /// <summary>
    /// With reservedConcurrency, at most that many invocations run at once and the others wait their
    /// turn, first come first served (Lambda retries an async event throttled by reserved
    /// concurrency with 1 s to 5 min backoff: FIFO is the optimistic order, the calls are the same).
    /// </summary>
    /// <summary>
    /// With a queue (DeliveryMode queue), the rules send the events to an SQS queue that Lambda's
    /// poller works in batches; the sweeper schedule still invokes the function directly.
    /// </summary>
    public static LambdaQueuePoller? PlugInRealDrain(Simulator sim, string cluster, string group, string hook, int? reservedConcurrency = null, QueuePollerOptions? queue = null)
    {
        concurrency = reservedConcurrency;
        (running, waiting) = (0, new Queue<(Simulator, LocalFunction, string)>());
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ManagedClusters.Variable] = cluster, [DrainVariables.AutoScalingGroups] = group, [DrainVariables.TerminateHooks] = hook,
            [DrainVariables.DeliveryMode] = queue is null ? "events" : "queue",
            [DrainVariables.QueueConcurrency] = (queue?.MaximumConcurrency ?? 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        // As the scenarios run them: five minutes for a direct invocation, one (the template's timeout) for a queue batch.
        var function = new LocalFunction(DrainFunction.Name, sim.Gateways, sim.Clock, sim.CloudWatch.Telemetry, environment, TimeSpan.FromMinutes(5));
        var batches = new LocalFunction(DrainFunction.Name, sim.Gateways, sim.Clock, sim.CloudWatch.Telemetry, environment, TimeSpan.FromMinutes(1));
        SqsQueue? sqs = queue is null ? null : new SqsQueue(sim.Clock, TimeSpan.FromSeconds(360), maxReceiveCount: 5);
        var poller = queue is null ? null : new LambdaQueuePoller(sim.Clock, sqs!, queue, async (batch, cancellationToken) =>
        {
            Invocations++;
            return await batches.InvokeAsync(batch, cancellationToken);
        });
        sim.Events.Subscribe(e =>
        {
            if (e.DetailType is SimEvent.TerminateLifecycleAction or SimEvent.SpotInterruptionWarning
                || (e.DetailType == SimEvent.ContainerInstanceStateChange && JsonDocument.Parse(e.Json).RootElement.GetProperty("detail").GetProperty("status").GetString() == "DRAINING"))
            {
                if (sqs is null)
                {
                    Invoke(sim, function, e.Json);
                }
                else
                {
                    sqs.Send(e.Json);
                }
            }
        });
        Every(sim, TimeSpan.FromMinutes(1), () => Invoke(sim, function, ScheduledEvent(sim)));
        return poller;
    }

    public static void PlugInPoller(Simulator sim, string cluster, string group, string hook, TimeSpan period)
    {
        var gateways = sim.Gateways;
        sim.Events.Subscribe(e =>
        {
            if (e.DetailType == SimEvent.TerminateLifecycleAction)
            {
                var instanceId = JsonDocument.Parse(e.Json).RootElement.GetProperty("detail").GetProperty("EC2InstanceId").GetString()!;
                Swallow(StartDrainAsync(gateways, cluster, instanceId));
            }
        });
        Every(sim, period, () => Swallow(PollAsync(gateways, cluster, group, hook)));
    }

    /// <summary>Invocation failures are counted, not thrown: the simulation goes on as Lambda would.</summary>
    public static int FunctionErrors { get; private set; }

    public static void ResetCounters() => (FunctionErrors, Invocations) = (0, 0);

    public static List<string> ErrorSamples { get; } = [];

    public static int Invocations { get; private set; }

    private static int? concurrency;
    private static int running;
    private static Queue<(Simulator, LocalFunction, string)> waiting = new();

    private static void Invoke(Simulator sim, LocalFunction function, string json)
    {
        if (running >= concurrency)
        {
            waiting.Enqueue((sim, function, json));
            return;
        }

        Invocations++;
        running++;
        var invocation = function.InvokeAsync(json, CancellationToken.None);
        Swallow(invocation);
        invocation.ContinueWith(_ =>
        {
            running--;
            if (waiting.TryDequeue(out var next))
            {
                Invoke(next.Item1, next.Item2, next.Item3);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static void Swallow(Task task) => task.ContinueWith(t =>
    {
        FunctionErrors++;
        if (ErrorSamples.Count < 5)
        {
            ErrorSamples.Add(t.Exception!.InnerException!.Message);
        }
    }, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private static void Every(Simulator sim, TimeSpan period, Action run) => sim.Clock.Schedule(period, () =>
    {
        run();
        Every(sim, period, run);
    });

    private static string ScheduledEvent(Simulator sim) => LocalInvoker.ScheduledEvent(sim.Clock.GetUtcNow(), "drain-sweeper");

    private static async Task StartDrainAsync(GatewaySet gateways, string cluster, string instanceId)
    {
        if (await gateways.Ecs.FindContainerInstanceAsync(cluster, instanceId, CancellationToken.None) is { Status: ContainerInstanceStatus.Active } instance)
        {
            await gateways.Ecs.UpdateContainerInstancesStateAsync(cluster, [instance.Arn], ContainerInstanceStatus.Draining, CancellationToken.None);
        }
    }

    private static async Task PollAsync(GatewaySet gateways, string cluster, string group, string hook)
    {
        var cancellationToken = CancellationToken.None;
        var asg = (await gateways.AutoScaling.DescribeGroupsAsync([group], cancellationToken)).Single();
        foreach (var waiting in asg.Instances.Where(i => i.LifecycleState == "Terminating:Wait"))
        {
            var instance = await gateways.Ecs.FindContainerInstanceAsync(cluster, waiting.InstanceId, cancellationToken);
            var running = instance is null ? [] : await gateways.Ecs.ListTaskArnsAsync(cluster, new TaskQuery(ContainerInstanceArn: instance.Arn), cancellationToken);
            var stopping = instance is null ? [] : await gateways.Ecs.ListTaskArnsAsync(cluster, new TaskQuery(ContainerInstanceArn: instance.Arn, DesiredStatus: TaskDesiredStatus.Stopped), cancellationToken);
            var tasks = await gateways.Ecs.DescribeTasksAsync(cluster, [.. running, .. stopping], cancellationToken);
            if (tasks.All(t => t.IsStopped))
            {
                await gateways.AutoScaling.CompleteLifecycleActionAsync(new LifecycleActionRef(group, hook, waiting.InstanceId, null), LifecycleResult.Continue, cancellationToken);
            }
        }
    }
}

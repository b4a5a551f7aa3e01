using EcsScaling.Core.Clusters;
using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Entry point for the rebalance function and the manual command. Alarms into ALARM (for the
/// configured alarm names) start a rebalance of every configured cluster; a scheduled tick
/// continues waves and, when enabled, starts one; ECS task and instance events of a configured
/// cluster only continue a wave in progress. Everything else is ignored with a reason.
/// </summary>
public sealed class RebalanceCoordinator(IEcsGateway ecs, RebalanceOptions options, TimeProvider time, ITelemetry telemetry)
{
    private const string AlarmState = "ALARM";

    private readonly RebalanceStateMachine _executor = new(ecs, options, time, telemetry);

    public RebalanceCoordinator(GatewaySet gateways, RebalanceOptions options, TimeProvider time, ITelemetry telemetry)
        : this(gateways.Ecs, options, time, telemetry)
    {
    }

    public async Task<IReadOnlyList<RebalanceResult>> HandleAsync(ScalingEvent scalingEvent, bool dryRun, CancellationToken cancellationToken)
    {
        var (trigger, clusters, ignored) = Route(scalingEvent);
        if (ignored is not null)
        {
            telemetry.Log(LogLevel.Info, "event ignored by rebalance", ("eventType", scalingEvent.GetType().Name), ("eventId", scalingEvent.Origin.Id), ("reason", ignored));
            return [RebalanceResult.Of("*", RebalanceOutcome.Ignored, ignored)];
        }

        var results = new List<RebalanceResult>(clusters.Count);
        foreach (var cluster in clusters)
        {
            results.Add(await _executor.RunAsync(cluster, trigger, dryRun, cancellationToken));
        }

        return results;
    }

    /// <summary>The manual command's plan: read-only.</summary>
    public Task<RebalancePlan> PlanAsync(string cluster, CancellationToken cancellationToken) => _executor.PlanAsync(cluster, cancellationToken);

    /// <summary>The manual command: starts (or continues) a rebalance; the cooldown applies unless ignored explicitly.</summary>
    public Task<RebalanceResult> ExecuteAsync(string cluster, bool dryRun, CancellationToken cancellationToken, bool ignoreCooldown = false) =>
        _executor.RunAsync(cluster, RebalanceTrigger.Manual, dryRun, cancellationToken, ignoreCooldown);

    private (RebalanceTrigger Trigger, IReadOnlyList<string> Clusters, string? Ignored) Route(ScalingEvent scalingEvent) => scalingEvent switch
    {
        AlarmStateChanged alarm when !options.AlarmNames.Contains(alarm.AlarmName) => (default, [], $"alarm {alarm.AlarmName} is not one of {RebalanceVariables.AlarmNames}"),
        AlarmStateChanged alarm when alarm.State != AlarmState => (default, [], $"alarm {alarm.AlarmName} went to {alarm.State}: only a transition into ALARM starts a rebalance"),
        AlarmStateChanged => (RebalanceTrigger.Alarm, options.Clusters, null),
        ScheduledTick => (RebalanceTrigger.Schedule, options.Clusters, null),
        TaskStateChanged task => ForCluster(task.ClusterArn),
        ContainerInstanceStateChanged instance => ForCluster(instance.ClusterArn),
        _ => (default, [], $"{scalingEvent.GetType().Name} is not a rebalance event"),
    };

    private (RebalanceTrigger, IReadOnlyList<string>, string?) ForCluster(string clusterArn)
    {
        var configured = new ManagedClusters(options.Clusters).Find(clusterArn);
        return configured is null
            ? (default, [], $"cluster {clusterArn} is not one of {ManagedClusters.Variable}")
            : (RebalanceTrigger.Continue, [configured], null);
    }
}

using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.Drain;

/// <summary>
/// The drain capability's entry point: routes an event (or a manual command) to its step, then
/// applies the resulting decisions unless dry-run. Stateless: AWS is the truth, so any invocation
/// may be retried, duplicated or lost. An AwsCallException from an event's actions propagates
/// (the Lambda retry finishes the job); the sweeper reports per-instance failures and carries on; a
/// queue batch answers per message. Spot warnings and rebalance recommendations retry a throttled
/// step within the invocation (<see cref="UrgentRetry"/>).
/// </summary>
public sealed class DrainCoordinator(GatewaySet gateways, DrainOptions options, TimeProvider time, ITelemetry telemetry)
{
    private readonly DrainContext _context = new(gateways, options, time);
    private readonly DrainExecutor _executor = new(gateways, telemetry);

    public DrainOptions Options => options;

    public async Task<DrainResult> HandleAsync(ScalingEvent e, bool dryRun, CancellationToken cancellationToken)
    {
        var name = e.GetType().Name;
        if (e is QueueBatch batch)
        {
            return await HandleBatchAsync(batch, dryRun, cancellationToken);
        }

        try
        {
            return e is ScheduledTick
                ? await ApplyAsync(name, await new Sweeper(_context).PlanAsync(cancellationToken), dryRun, isolateFailures: true, cancellationToken)
                : await ApplyAsync(name, [await DecideAsync(e, _context, cancellationToken)], dryRun, isolateFailures: false, cancellationToken);
        }
        catch (AwsCallException failure) when (AwsErrorCodes.IsThrottling(failure.ErrorCode) && SweeperFinishes(e))
        {
            // A failed invocation would be retried by Lambda a minute later, into the same throttled
            // account; the sweeper runs as often and batches: leave the step to it (or the next event).
            var deferred = new DrainDecision("deferred", InstanceOf(e), $"throttled, left to the sweeper (or the next event): {failure.Message}", [], Outcome: DrainOutcome.Deferred);
            return new DrainResult(name, dryRun, [await _executor.ApplyAsync(deferred, dryRun, cancellationToken)]);
        }
    }

    public async Task<DrainResult> DrainAsync(string instanceId, bool dryRun, CancellationToken cancellationToken) =>
        await ApplyAsync("ManualDrain", [await new ManualCommands(_context).DrainAsync(instanceId, cancellationToken)], dryRun, false, cancellationToken);

    public async Task<DrainResult> UndrainAsync(string instanceId, bool dryRun, CancellationToken cancellationToken) =>
        await ApplyAsync("ManualUndrain", [await new ManualCommands(_context).UndrainAsync(instanceId, cancellationToken)], dryRun, false, cancellationToken);

    public async Task<DrainResult> ForceCompleteAsync(string instanceId, LifecycleResult result, string reason, bool dryRun, CancellationToken cancellationToken) =>
        await ApplyAsync("ForceComplete", [await new ManualCommands(_context).ForceCompleteAsync(instanceId, result, reason, cancellationToken)], dryRun, false, cancellationToken);

    /// <summary>Lifecycle actions wait in Terminating:Wait / Pending:Wait and drains stay DRAINING, where the (next) sweep finds them; Spot warnings leave no such trace.</summary>
    private static bool SweeperFinishes(ScalingEvent e) => e is LifecycleActionEvent or ContainerInstanceStateChanged or TaskStateChanged or ScheduledTick;

    private static string? InstanceOf(ScalingEvent e) => e switch
    {
        LifecycleActionEvent hook => hook.Action.InstanceId,
        ContainerInstanceStateChanged change => change.Ec2InstanceId,
        _ => null,
    };

    /// <summary>
    /// A Lambda SQS batch: planned as one (<see cref="QueueBatchHandler"/>), applied decision by decision
    /// at the batch's share of AWS's rates (its listings and its calls take from one <see cref="CallPacer"/>);
    /// a message whose step failed goes back to the queue, the others are acknowledged.
    /// </summary>
    private async Task<DrainResult> HandleBatchAsync(QueueBatch batch, bool dryRun, CancellationToken cancellationToken)
    {
        var pacer = CallPacer.ForQueueBatch(options, time);
        var planned = await new QueueBatchHandler(_context, DecideAsync).PlanAsync(batch, pacer, cancellationToken);
        var applied = new List<DrainDecision>(planned.Count);
        var failures = new List<string>();
        foreach (var (decision, messageIds, retry) in planned)
        {
            if (!dryRun)
            {
                foreach (var action in decision.Actions)
                {
                    await pacer.TakeAsync(CallPacer.FamilyOf(action), cancellationToken);
                }
            }

            try
            {
                applied.Add(await ApplyOneAsync(decision, dryRun, cancellationToken));
                if (retry)
                {
                    failures.AddRange(messageIds);
                }
            }
            catch (AwsCallException failure)
            {
                applied.Add(decision with { Outcome = DrainOutcome.Failed, Reason = $"{decision.Reason}; failed, back to the queue: {failure.Message}" });
                failures.AddRange(messageIds);
            }
        }

        return new DrainResult(nameof(QueueBatch), dryRun, applied) { BatchItemFailures = [.. failures.Distinct(StringComparer.Ordinal)] };
    }

    private Task<DrainDecision> ApplyOneAsync(DrainDecision decision, bool dryRun, CancellationToken cancellationToken) =>
        decision.Step == InterruptionHandler.Step
            ? UrgentRetry.RunAsync(() => _executor.ApplyAsync(decision, dryRun, cancellationToken), time, cancellationToken)
            : _executor.ApplyAsync(decision, dryRun, cancellationToken);

    private async Task<DrainDecision> DecideAsync(ScalingEvent e, DrainContext context, CancellationToken cancellationToken) => e switch
    {
        LifecycleActionEvent { Transition: LifecycleTransition.Terminating } hook => await new TerminateHookHandler(context).HandleAsync(hook, cancellationToken),
        LifecycleActionEvent hook => await new LaunchHookHandler(context).HandleAsync(hook, cancellationToken),
        ContainerInstanceStateChanged change when options.OwnsCluster(change.ClusterArn) => await new DrainProgressHandler(context).HandleAsync(change, cancellationToken),
        TaskStateChanged change when options.OwnsCluster(change.ClusterArn) => await new DrainProgressHandler(context).HandleAsync(change, cancellationToken),
        ContainerInstanceStateChanged or TaskStateChanged => DrainDecision.Ignored(CompletionChecker.Step, null, "event from a cluster that is not ours"),
        SpotInterruptionWarning spot => await UrgentRetry.RunAsync(() => new InterruptionHandler(context).HandleAsync(spot.InstanceId, InterruptionHandler.SpotWarningKind, options.SpotInterruption, cancellationToken), time, cancellationToken),
        RebalanceRecommendation rebalance => await UrgentRetry.RunAsync(() => new InterruptionHandler(context).HandleAsync(rebalance.InstanceId, InterruptionHandler.RecommendationKind, options.RebalanceRecommendation, cancellationToken), time, cancellationToken),
        AutoScalingTestNotification test => DrainDecision.Ignored("test-notification", null, $"autoscaling:TEST_NOTIFICATION for {test.GroupName ?? "unknown group"}: nothing to do"),
        _ => DrainDecision.Ignored("unsupported", null, $"{e.GetType().Name} is not a drain event"),
    };

    private async Task<DrainResult> ApplyAsync(string eventName, IReadOnlyList<DrainDecision> decisions, bool dryRun, bool isolateFailures, CancellationToken cancellationToken)
    {
        var applied = new List<DrainDecision>(decisions.Count);
        foreach (var decision in decisions)
        {
            try
            {
                applied.Add(await ApplyOneAsync(decision, dryRun, cancellationToken));
            }
            catch (AwsCallException failure) when (isolateFailures)
            {
                applied.Add(decision with { Outcome = DrainOutcome.Failed, Reason = $"{decision.Reason}; failed: {failure.Message}" });
            }
        }

        return new DrainResult(eventName, dryRun, applied);
    }
}

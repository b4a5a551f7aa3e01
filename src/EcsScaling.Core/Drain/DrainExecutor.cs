using EcsScaling.Core.Disruption;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Applies a decision's actions in order (none in a dry run), then logs one structured line and
/// emits the metrics. An AwsCallException is logged with the action that failed and rethrown: the
/// actions are ordered so that whatever was applied is a state the next invocation can finish.
/// </summary>
public sealed class DrainExecutor(GatewaySet gateways, ITelemetry telemetry)
{
    public async Task<DrainDecision> ApplyAsync(DrainDecision decision, bool dryRun, CancellationToken cancellationToken)
    {
        if (decision.Outcome is DrainOutcome.Ignored or DrainOutcome.Failed or DrainOutcome.Deferred or DrainOutcome.Refused)
        {
            Log(decision.Outcome switch { DrainOutcome.Failed or DrainOutcome.Refused => LogLevel.Error, DrainOutcome.Deferred => LogLevel.Warn, _ => LogLevel.Info }, decision, dryRun);
            BudgetMetric(decision, DrainBudgetVerdict.HeldBack, DisruptionMetrics.HeldBack);
            if (decision.Outcome == DrainOutcome.Failed)
            {
                FailedMetric(decision);
            }

            return decision;
        }

        if (dryRun || decision.Actions.Count == 0)
        {
            var planned = decision with { Outcome = decision.Actions.Count == 0 ? DrainOutcome.NoOp : DrainOutcome.Planned };
            Log(decision.Abandonment is null ? LogLevel.Info : LogLevel.Warn, planned, dryRun);
            return planned;
        }

        var metrics = new List<(string Name, double Value, string Unit)>();
        foreach (var action in decision.Actions)
        {
            try
            {
                await ApplyAsync(action, metrics, cancellationToken);
            }
            catch (AwsCallException failure)
            {
                Log(LogLevel.Error, decision with { Outcome = DrainOutcome.Failed }, dryRun, ("failedAction", action.Kind.ToString()), ("error", failure.Message));
                FailedMetric(decision);
                throw;
            }
        }

        if (decision.Forced)
        {
            metrics.Add((DrainMetrics.DrainsForced, 1, "Count"));
        }

        if (decision.Abandonment?.Effect is AbandonEffect.Retained or AbandonEffect.Terminated)
        {
            metrics.Add((decision.Abandonment.Effect == AbandonEffect.Retained ? DrainMetrics.DrainsRetained : DrainMetrics.DrainsAbandoned, 1, "Count"));
        }

        if (decision.DrainSeconds is { } seconds && decision.Actions.Any(a => a is CompleteLifecycleAction))
        {
            metrics.Add((DrainMetrics.DrainDuration, seconds, "Seconds"));
        }

        var applied = decision with { Outcome = DrainOutcome.Applied };
        Log(decision.Forced || decision.Abandonment is not null || decision.DisruptionBudget?.Verdict == DrainBudgetVerdict.Over ? LogLevel.Warn : LogLevel.Info, applied, dryRun);
        BudgetMetric(decision, DrainBudgetVerdict.Over, DisruptionMetrics.OverBudget);
        var group = new MetricDimension(DrainMetrics.GroupDimension, decision.GroupName ?? "none");
        foreach (var (name, value, unit) in metrics)
        {
            telemetry.Metric(name, value, unit, group);
        }

        return applied;
    }

    /// <summary>
    /// A step that did not do its job. The sweeper isolates such steps and still answers (the next sweep retries them), so
    /// this metric, not the function's Errors, is what an alarm on a step failing minute after minute watches.
    /// </summary>
    private void FailedMetric(DrainDecision decision) =>
        telemetry.Metric(DrainMetrics.StepsFailed, 1, "Count", new MetricDimension(DrainMetrics.GroupDimension, decision.GroupName ?? "none"), new MetricDimension(DrainMetrics.StepDimension, decision.Step));

    private void BudgetMetric(DrainDecision decision, DrainBudgetVerdict verdict, string metric)
    {
        if (decision.DisruptionBudget is { } budget && budget.Verdict == verdict)
        {
            telemetry.Metric(metric, 1, "Count", new MetricDimension(DisruptionMetrics.ClusterDimension, ClusterName(decision.Cluster)),
                new MetricDimension(DisruptionMetrics.ReasonDimension, budget.Check.ReasonText));
        }
    }

    /// <summary>The name part of a cluster ARN ("arn:…:cluster/prod" → "prod"); a name stays as it is.</summary>
    private static string ClusterName(string? cluster) => cluster is null ? "none" : cluster[(cluster.LastIndexOf('/') + 1)..];

    private async Task ApplyAsync(DrainAction action, List<(string, double, string)> metrics, CancellationToken cancellationToken)
    {
        var ecs = gateways.Ecs;
        switch (action)
        {
            case SetDrainingAction draining:
                await ecs.UpdateContainerInstancesStateAsync(draining.Cluster, [draining.Target], ContainerInstanceStatus.Draining, cancellationToken);
                break;
            case SetActiveAction active:
                await ecs.UpdateContainerInstancesStateAsync(active.Cluster, [active.Target], ContainerInstanceStatus.Active, cancellationToken);
                break;
            case PutAttributesAction put:
                await ecs.PutAttributesAsync(put.Cluster, put.Target, put.Attributes.ToDictionary(a => a.Key, a => (string?)a.Value, StringComparer.Ordinal), cancellationToken);
                break;
            case DeleteAttributesAction delete:
                await ecs.DeleteAttributesAsync(delete.Cluster, delete.Target, delete.Names, cancellationToken);
                break;
            case StopTaskAction stop:
                await ecs.StopTaskAsync(stop.Cluster, stop.Target, stop.Reason, cancellationToken);
                metrics.Add((DrainMetrics.TasksStoppedByUs, 1, "Count"));
                break;
            case HeartbeatAction heartbeat:
                if (await gateways.AutoScaling.RecordLifecycleActionHeartbeatAsync(heartbeat.LifecycleAction, cancellationToken) == LifecycleCompletion.Completed)
                {
                    metrics.Add((DrainMetrics.HeartbeatsSent, 1, "Count"));
                }

                break;
            case CompleteLifecycleAction complete:
                // AlreadyFinished (ValidationError) means a duplicate or an earlier invocation won: success.
                if (await gateways.AutoScaling.CompleteLifecycleActionAsync(complete.LifecycleAction, complete.Result, cancellationToken) == LifecycleCompletion.Completed)
                {
                    metrics.Add((DrainMetrics.LifecycleActionsCompleted, 1, "Count"));
                }

                break;
            case SetScaleInProtectionAction protection:
                await gateways.AutoScaling.SetInstanceProtectionAsync(protection.GroupName, protection.InstanceIds, protection.Protect, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown drain action {action.Kind}.");
        }
    }

    private void Log(LogLevel level, DrainDecision decision, bool dryRun, params ReadOnlySpan<LogField> extra)
    {
        // Only a drain past an abandon bound says who held it: every other line keeps its fields.
        LogField[] abandonment = decision.Abandonment is { } a
            ? [("heldBy", a.HeldByText), ("abandonBound", string.Join(", ", a.Bounds)), ("abandon", AbandonEffectText.Wire.Of(a.Effect))]
            : [];
        LogField[] fields =
        [
            ("step", decision.Step), ("outcome", DrainOutcomeText.Wire.Of(decision.Outcome)), ("dryRun", dryRun),
            ("instanceId", decision.InstanceId), ("asg", decision.GroupName), ("cluster", decision.Cluster),
            ("containerInstanceArn", decision.ContainerInstanceArn), ("hook", decision.HookName), ("reason", decision.Reason),
            ("actions", string.Join(",", decision.Actions.Select(a => a.Kind.ToString()))),
            ("remainingTasks", decision.RemainingTasks is { Count: > 0 } remaining ? string.Join(",", remaining) : null),
            ("disruptionReason", decision.DisruptionBudget?.Check.ReasonText), ("disruptionBudget", decision.DisruptionBudget?.Check.Binding?.Text),
            ("budgetVerdict", decision.DisruptionBudget?.Verdict.ToString()),
            .. abandonment,
            .. extra,
        ];
        telemetry.Log(level, $"drain {decision.Step}: {decision.Reason}", fields);
    }
}

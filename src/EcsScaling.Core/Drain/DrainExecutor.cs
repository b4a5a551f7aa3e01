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
    public async Task<DrainDecision> ApplyAsync(DrainDecision decision, bool dryRun, CancellationToken ct)
    {
        if (decision.Outcome is DrainOutcome.Ignored or DrainOutcome.Failed or DrainOutcome.Deferred or DrainOutcome.Refused)
        {
            Log(decision.Outcome switch { DrainOutcome.Failed or DrainOutcome.Refused => LogLevel.Error, DrainOutcome.Deferred => LogLevel.Warn, _ => LogLevel.Info }, decision, dryRun);
            return decision;
        }

        if (dryRun || decision.Actions.Count == 0)
        {
            var planned = decision with { Outcome = decision.Actions.Count == 0 ? DrainOutcome.NoOp : DrainOutcome.Planned };
            Log(LogLevel.Info, planned, dryRun);
            return planned;
        }

        var metrics = new List<(string Name, double Value, string Unit)>();
        foreach (var action in decision.Actions)
        {
            try
            {
                await ApplyAsync(action, metrics, ct);
            }
            catch (AwsCallException failure)
            {
                Log(LogLevel.Error, decision with { Outcome = DrainOutcome.Failed }, dryRun, ("failedAction", action.Kind.ToString()), ("error", failure.Message));
                throw;
            }
        }

        if (decision.Forced)
        {
            metrics.Add((DrainMetrics.DrainsForced, 1, "Count"));
        }

        if (decision.DrainSeconds is { } seconds && decision.Actions.Any(a => a.Kind == DrainActionKind.CompleteLifecycleAction))
        {
            metrics.Add((DrainMetrics.DrainDuration, seconds, "Seconds"));
        }

        var applied = decision with { Outcome = DrainOutcome.Applied };
        Log(decision.Forced ? LogLevel.Warn : LogLevel.Info, applied, dryRun);
        var group = new MetricDimension(DrainMetrics.GroupDimension, decision.GroupName ?? "none");
        foreach (var (name, value, unit) in metrics)
        {
            telemetry.Metric(name, value, unit, group);
        }

        return applied;
    }

    private async Task ApplyAsync(DrainAction action, List<(string, double, string)> metrics, CancellationToken ct)
    {
        var ecs = gateways.Ecs;
        switch (action.Kind)
        {
            case DrainActionKind.SetDraining:
                await ecs.UpdateContainerInstancesStateAsync(action.Cluster!, [action.Target], ContainerInstanceStatus.Draining, ct);
                break;
            case DrainActionKind.SetActive:
                await ecs.UpdateContainerInstancesStateAsync(action.Cluster!, [action.Target], ContainerInstanceStatus.Active, ct);
                break;
            case DrainActionKind.PutAttributes:
                await ecs.PutAttributesAsync(action.Cluster!, action.Target, action.Attributes!.ToDictionary(a => a.Key, a => (string?)a.Value, StringComparer.Ordinal), ct);
                break;
            case DrainActionKind.DeleteAttributes:
                await ecs.DeleteAttributesAsync(action.Cluster!, action.Target, action.Names!, ct);
                break;
            case DrainActionKind.StopTask:
                await ecs.StopTaskAsync(action.Cluster!, action.Target, action.Reason!, ct);
                metrics.Add((DrainMetrics.TasksStoppedByUs, 1, "Count"));
                break;
            case DrainActionKind.Heartbeat:
                if (await gateways.AutoScaling.RecordLifecycleActionHeartbeatAsync(action.ToLifecycleAction(), ct) == LifecycleCompletion.Completed)
                {
                    metrics.Add((DrainMetrics.HeartbeatsSent, 1, "Count"));
                }

                break;
            case DrainActionKind.CompleteLifecycleAction:
                // AlreadyFinished (ValidationError) means a duplicate or an earlier invocation won: success.
                if (await gateways.AutoScaling.CompleteLifecycleActionAsync(action.ToLifecycleAction(), action.Result!.Value, ct) == LifecycleCompletion.Completed)
                {
                    metrics.Add((DrainMetrics.LifecycleActionsCompleted, 1, "Count"));
                }

                break;
            case DrainActionKind.SetScaleInProtection:
                await gateways.AutoScaling.SetInstanceProtectionAsync(action.GroupName!, action.Names!, action.Protect!.Value, ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown drain action {action.Kind}.");
        }
    }

    private void Log(LogLevel level, DrainDecision decision, bool dryRun, params ReadOnlySpan<LogField> extra)
    {
        LogField[] fields =
        [
            ("step", decision.Step), ("outcome", DrainOutcomeText.Wire.Of(decision.Outcome)), ("dryRun", dryRun),
            ("instanceId", decision.InstanceId), ("asg", decision.GroupName), ("cluster", decision.Cluster),
            ("containerInstanceArn", decision.ContainerInstanceArn), ("hook", decision.HookName), ("reason", decision.Reason),
            ("actions", string.Join(",", decision.Actions.Select(a => a.Kind.ToString()))),
            ("remainingTasks", decision.RemainingTasks is { Count: > 0 } remaining ? string.Join(",", remaining) : null),
            .. extra,
        ];
        telemetry.Log(level, $"drain {decision.Step}: {decision.Reason}", fields);
    }
}

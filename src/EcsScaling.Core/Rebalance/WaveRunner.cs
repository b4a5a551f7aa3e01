using EcsScaling.Core.Disruption;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Carries out one planned wave. The wave tag is written before the first stop, so a failure
/// midway leaves a recorded wave that the next invocation waits on and checks, never a silent
/// half-wave; a failed StopTask ends the wave there (no skipping ahead to other tasks).
/// </summary>
internal sealed class WaveRunner(IEcsGateway ecs, ITelemetry telemetry)
{
    public async Task<RebalanceResult> RunAsync(string cluster, string clusterArn, WaveState wave, RebalancePlan plan, CancellationToken cancellationToken)
    {
        await ecs.TagResourceAsync(clusterArn, new Dictionary<string, string>
        {
            [WaveState.WaveTagKey] = wave.Format(),
            [WaveState.LastRunTagKey] = WaveState.FormatTime(wave.StartedAt),
        }, cancellationToken);
        telemetry.Log(LogLevel.Info, "rebalance wave started", ("cluster", cluster), ("wave", wave.Wave), ("moves", plan.Moves.Count),
            ("scoreBefore", plan.ScoreBefore), ("expectedScore", plan.ScoreAfter), ("drain", plan.Drain?.ContainerInstanceArn));
        var stopped = new List<string>();
        foreach (var move in plan.Moves)
        {
            telemetry.Log(LogLevel.Info, "stopping task", ("cluster", cluster), ("wave", wave.Wave), ("taskArn", move.TaskArn), ("service", move.Service),
                ("fromContainerInstanceArn", move.FromContainerInstanceArn), ("fromEc2InstanceId", move.FromEc2InstanceId),
                ("expectedEc2InstanceId", move.ToEc2InstanceId), ("why", move.Why),
                ("disruptionReason", DisruptionReasonText.Of(move.Kind == MoveKind.Consolidate ? DisruptionReason.Consolidation : DisruptionReason.Rebalance)));
            try
            {
                await ecs.StopTaskAsync(cluster, move.TaskArn, wave.StopReason, cancellationToken);
            }
            catch (AwsCallException e)
            {
                telemetry.Log(LogLevel.Error, "stop failed, wave cut short", ("cluster", cluster), ("wave", wave.Wave), ("taskArn", move.TaskArn),
                    ("service", move.Service), ("stoppedSoFar", stopped.Count), ("errorCode", e.ErrorCode), ("error", e.Message));
                return new RebalanceResult(cluster, RebalanceOutcome.Failed,
                    $"StopTask failed for {move.TaskArn} after {stopped.Count} of {plan.Moves.Count} stops: {e.Message}; the next invocation checks this wave", wave.Wave, plan, stopped);
            }

            stopped.Add(move.TaskArn);
        }

        if (plan.Drain is { } drain)
        {
            telemetry.Log(LogLevel.Info, "draining instance", ("cluster", cluster), ("wave", wave.Wave), ("containerInstanceArn", drain.ContainerInstanceArn),
                ("ec2InstanceId", drain.Ec2InstanceId), ("services", string.Join(",", drain.Services)), ("why", drain.Why),
                ("disruptionReason", DisruptionReasonText.Of(DisruptionReason.Rebalance)));
            await ecs.UpdateContainerInstancesStateAsync(cluster, [drain.ContainerInstanceArn], ContainerInstanceStatus.Draining, cancellationToken);
        }

        return new RebalanceResult(cluster, RebalanceOutcome.WaveStarted, $"wave {wave.Wave}: stopped {stopped.Count} tasks" + (plan.Drain is null ? "" : $", draining {plan.Drain.Ec2InstanceId}"),
            wave.Wave, plan, stopped);
    }
}

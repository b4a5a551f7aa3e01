using EcsScaling.Core.Clusters;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Runs a rebalance of one cluster as waves, one wave per invocation and no waiting inside it:
/// start (cooldown, plan, stop a wave), then on later invocations check the wave (abort if a
/// touched service fell below its floor or the wave timed out, wait while replacements are not
/// RUNNING) and either finish or start the next wave. State lives in cluster tags.
/// </summary>
public sealed class RebalanceStateMachine(IEcsGateway ecs, RebalanceOptions options, TimeProvider time, ITelemetry telemetry)
{
    private readonly ClusterReader _reader = new(ecs, time);
    private readonly TaskProtectionGuard _protectionGuard = new(ecs, options);
    private readonly WaveChecker _checker = new(options, telemetry);

    public async Task<RebalanceResult> RunAsync(string cluster, RebalanceTrigger trigger, bool dryRun, CancellationToken cancellationToken, bool ignoreCooldown = false)
    {
        try
        {
            // One DescribeClusters (tags included) is all a scheduled tick costs when no wave is in progress.
            var (clusterArn, tags) = await ClusterAsync(cluster, cancellationToken);
            var wave = WaveState.Parse(tags.GetValueOrDefault(WaveState.WaveTagKey));
            if (wave is not null)
            {
                return await ContinueAsync(cluster, clusterArn, wave, dryRun, cancellationToken);
            }

            if (trigger == RebalanceTrigger.Continue || (trigger == RebalanceTrigger.Schedule && !options.StartOnSchedule))
            {
                return RebalanceResult.Of(cluster, RebalanceOutcome.Ignored, $"no wave in progress and a {trigger} trigger does not start one");
            }

            var now = time.GetUtcNow();
            if (!ignoreCooldown && WaveState.ParseTime(tags.GetValueOrDefault(WaveState.LastRunTagKey)) is { } last && now - last < options.Cooldown)
            {
                var reason = $"cooling down: last rebalance activity at {WaveState.FormatTime(last)}, next allowed at {WaveState.FormatTime(last + options.Cooldown)}";
                telemetry.Log(LogLevel.Info, "rebalance not started", ("cluster", cluster), ("trigger", trigger.ToString()), ("reason", reason));
                return RebalanceResult.Of(cluster, RebalanceOutcome.CoolingDown, reason);
            }

            var snapshot = await _reader.ReadAsync(cluster, includeTasks: true, cancellationToken);
            return await StartWaveAsync(cluster, clusterArn, 1, trigger.ToString(), dryRun, snapshot, cancellationToken);
        }
        catch (Exception e) when (e is AwsCallException or FormatException or InvalidOperationException)
        {
            telemetry.Log(LogLevel.Error, "rebalance failed", ("cluster", cluster), ("trigger", trigger.ToString()), ("error", e.Message));
            return RebalanceResult.Of(cluster, RebalanceOutcome.Failed, e.Message);
        }
    }

    public async Task<RebalancePlan> PlanAsync(string cluster, CancellationToken cancellationToken)
    {
        var snapshot = await _reader.ReadAsync(cluster, includeTasks: true, cancellationToken);
        return await _protectionGuard.PlanAsync(snapshot, time.GetUtcNow(), cancellationToken);
    }

    private async Task<RebalanceResult> ContinueAsync(string cluster, string clusterArn, WaveState wave, bool dryRun, CancellationToken cancellationToken)
    {
        var snapshot = await _reader.ReadAsync(cluster, includeTasks: true, cancellationToken);
        var stopped = await _reader.ReadStoppedTasksAsync(cluster, cancellationToken);
        var verdict = _checker.Check(snapshot, stopped, wave, time.GetUtcNow());
        if (verdict.Abort is { } abort)
        {
            return await FinishAsync(cluster, clusterArn, wave, RebalanceOutcome.Aborted, abort, dryRun, cancellationToken);
        }

        if (verdict.ReactivateDrained && !dryRun)
        {
            telemetry.Log(LogLevel.Info, "reactivating drained instance", ("cluster", cluster), ("containerInstanceArn", wave.DrainedInstanceArn), ("wave", wave.Wave));
            await ecs.UpdateContainerInstancesStateAsync(cluster, [wave.DrainedInstanceArn!], ContainerInstanceStatus.Active, cancellationToken);
            snapshot = snapshot with { Instances = [.. snapshot.Instances.Select(i => i.Arn == wave.DrainedInstanceArn ? i with { Status = ContainerInstanceStatus.Active } : i)] };
        }

        if (verdict.Waiting is { } waiting)
        {
            return RebalanceResult.Of(cluster, RebalanceOutcome.WaitingForReplacements, waiting, wave.Wave);
        }

        var score = PlanningContext.ScoreOf(snapshot);
        if (score <= options.TargetScore)
        {
            return await FinishAsync(cluster, clusterArn, wave, RebalanceOutcome.Completed, $"score {score:F3} is within target {options.TargetScore:F3}", dryRun, cancellationToken);
        }

        if (wave.Wave >= options.MaxWaves)
        {
            return await FinishAsync(cluster, clusterArn, wave, RebalanceOutcome.Completed, $"score {score:F3} still above target after {wave.Wave} waves (the maximum)", dryRun, cancellationToken);
        }

        // The next wave is planned on this snapshot: reading a large cluster again would double the calls.
        var next = await StartWaveAsync(cluster, clusterArn, wave.Wave + 1, "Continue", dryRun, snapshot, cancellationToken, FreedByThisRebalance(snapshot, stopped));
        return next.Outcome == RebalanceOutcome.NothingToDo
            ? await FinishAsync(cluster, clusterArn, wave, RebalanceOutcome.Completed, next.Reason, dryRun, cancellationToken)
            : next;
    }

    /// <summary>
    /// Instances this rebalance stopped tasks on (the stop reason says so) that now hold no task
    /// but daemons': waiting for scale-in, so the next wave must not fill them again.
    /// </summary>
    private static HashSet<string> FreedByThisRebalance(ClusterSnapshot snapshot, IReadOnlyList<EcsTask> stopped)
    {
        var occupied = snapshot.BusyInstanceArns();
        return stopped.Where(t => t.StoppedReason?.StartsWith(RebalanceOptions.StopReasonPrefix, StringComparison.Ordinal) == true)
            .Select(t => t.ContainerInstanceArn).OfType<string>()
            .Where(arn => !occupied.Contains(arn))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<RebalanceResult> StartWaveAsync(string cluster, string clusterArn, int number, string trigger, bool dryRun, ClusterSnapshot snapshot, CancellationToken cancellationToken,
        IReadOnlySet<string>? freedEarlier = null)
    {
        var plan = await _protectionGuard.PlanAsync(snapshot, time.GetUtcNow(), cancellationToken, freedEarlier);
        telemetry.Log(LogLevel.Info, "rebalance planned", ("cluster", cluster), ("wave", number), ("trigger", trigger), ("dryRun", dryRun),
            ("scoreBefore", plan.ScoreBefore), ("scoreAfter", plan.ScoreAfter), ("moves", plan.Moves.Count), ("drain", plan.Drain?.Ec2InstanceId), ("summary", plan.Summary));
        ReportHolds(cluster, number, plan);
        if (plan.IsEmpty && plan.HeldByBudget && plan.ScoreBefore > options.TargetScore)
        {
            // Waiting for budget, never failing: a wave in progress stays recorded, so the next tick continues it.
            var held = "held by disruption budget: " + string.Join("; ", plan.DisruptionBudgets.Where(h => h.HeldBackInstances.Count > 0).Select(h => h.Describe()));
            return RebalanceResult.Of(cluster, RebalanceOutcome.HeldByBudget, held, number - 1, plan);
        }

        if (plan.IsEmpty)
        {
            var reason = plan.ScoreBefore <= options.TargetScore ? $"score {plan.ScoreBefore:F3} is within target {options.TargetScore:F3}" : "no safe move lowers the score: " + plan.Summary;
            return RebalanceResult.Of(cluster, RebalanceOutcome.NothingToDo, reason, number - 1, plan);
        }

        if (dryRun)
        {
            return RebalanceResult.Of(cluster, RebalanceOutcome.DryRun, $"dry run: wave {number} would stop {plan.Moves.Count} tasks" + (plan.Drain is null ? "" : $" and drain {plan.Drain.Ec2InstanceId}"), number, plan);
        }

        var wave = new WaveState(number, time.GetUtcNow(), plan.Drain?.ContainerInstanceArn);
        return await new WaveRunner(ecs, telemetry).RunAsync(cluster, clusterArn, wave, plan, cancellationToken);
    }

    /// <summary>One log line and one metric per reason a budget held back, so an operator sees which window or budget bit.</summary>
    private void ReportHolds(string cluster, int wave, RebalancePlan plan)
    {
        foreach (var hold in plan.DisruptionBudgets.Where(h => h.HeldBackInstances.Count > 0))
        {
            telemetry.Log(LogLevel.Info, "disruption held back by budget", ("cluster", cluster), ("wave", wave), ("disruptionReason", hold.Check.ReasonText),
                ("budget", hold.Check.Binding?.Text), ("allowed", hold.Check.Allowed), ("disrupted", hold.Check.Disrupted.Count),
                ("heldBack", string.Join(",", hold.HeldBackInstances)), ("why", hold.Describe()));
            telemetry.Metric(DisruptionMetrics.HeldBack, hold.HeldBackInstances.Count, "Count",
                new MetricDimension(DisruptionMetrics.ClusterDimension, cluster), new MetricDimension(DisruptionMetrics.ReasonDimension, hold.Check.ReasonText));
        }
    }

    private async Task<RebalanceResult> FinishAsync(string cluster, string clusterArn, WaveState wave, RebalanceOutcome outcome, string reason, bool dryRun, CancellationToken cancellationToken)
    {
        var level = outcome == RebalanceOutcome.Aborted ? LogLevel.Error : LogLevel.Info;
        telemetry.Log(level, outcome == RebalanceOutcome.Aborted ? "rebalance aborted" : "rebalance finished", ("cluster", cluster), ("wave", wave.Wave), ("reason", reason), ("dryRun", dryRun));
        if (dryRun)
        {
            return RebalanceResult.Of(cluster, RebalanceOutcome.DryRun, $"dry run: would finish ({outcome}): {reason}", wave.Wave);
        }

        if (outcome == RebalanceOutcome.Aborted && wave.DrainedInstanceArn is { } drained)
        {
            // An aborted drain must not leave capacity out of service.
            await ecs.UpdateContainerInstancesStateAsync(cluster, [drained], ContainerInstanceStatus.Active, cancellationToken);
        }

        await ecs.TagResourceAsync(clusterArn, new Dictionary<string, string>
        {
            [WaveState.WaveTagKey] = WaveState.Idle,
            [WaveState.LastRunTagKey] = WaveState.FormatTime(time.GetUtcNow()),
        }, cancellationToken);
        return RebalanceResult.Of(cluster, outcome, reason, wave.Wave);
    }

    private async Task<(string Arn, IReadOnlyDictionary<string, string> Tags)> ClusterAsync(string cluster, CancellationToken cancellationToken)
    {
        var found = (await ecs.DescribeClustersAsync([cluster], cancellationToken)).FirstOrDefault() ?? throw new InvalidOperationException($"cluster '{cluster}' not found");
        return (found.Arn, found.Tags);
    }
}

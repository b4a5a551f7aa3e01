using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Plans one wave: which tasks to stop so the service scheduler re-places them where the
/// service's own strategy wants them — spread services evened out (<see cref="SpreadMoves"/>),
/// then binpack services consolidated so that whole instances become free for scale-in
/// (<see cref="ConsolidationMoves"/>) — within floors and caps, never raising the imbalance
/// score, stopping at the target. Cost: O(tasks log tasks) to index plus O(log n + a service's
/// tasks) per evaluated candidate; no pairwise scans.
/// </summary>
public static class RebalancePlanner
{
    internal const double Tolerance = 1e-9;

    /// <param name="freedEarlier">Container instance ARNs earlier waves of this rebalance emptied: no move lands on them.</param>
    public static RebalancePlan Plan(ClusterSnapshot snapshot, IReadOnlySet<string> protectedTasks, RebalanceOptions options, DateTimeOffset now, IReadOnlySet<string>? freedEarlier = null)
    {
        if (!snapshot.TasksLoaded)
        {
            throw new ArgumentException("planning needs the cluster's tasks: read the snapshot with includeTasks", nameof(snapshot));
        }

        var context = new PlanningContext(snapshot, protectedTasks, options, now, freedEarlier ?? new HashSet<string>());
        var before = context.Model.Score;
        var wave = new WaveBudget(context, options, now);
        if (before > options.TargetScore)
        {
            SpreadMoves.Plan(context, options, wave);
            ConsolidationMoves.Plan(context, options, wave);
        }

        var drain = options.AllowInstanceDrain && wave.Moves.Count == 0 && before > options.TargetScore
            ? InstanceDrainPlanner.Plan(context, protectedTasks)
            : null;
        var drainHeld = drain is not null && !wave.MayDrain(drain.Ec2InstanceId);
        drain = drainHeld ? null : drain;
        // A drain the budget held back has changed the model but nothing else: the score stays.
        var after = drain?.ScoreAfter ?? (drainHeld ? before : context.Model.Score);
        var holds = wave.Disruption.Holds();
        var skipped = SkippedServices(context, options);
        return new RebalancePlan(snapshot.Cluster, now, before, after, options.TargetScore, wave.Moves, drain, skipped,
            context.ExcludedTasks, [.. wave.LimitsReached.Order(StringComparer.Ordinal)], holds,
            $"score {before:F3} → {after:F3} (target {options.TargetScore:F3}): {wave.Moves.Count} task stops across {wave.Moves.Select(m => m.Service).Distinct().Count()} services" +
            (drain is null ? "" : $", drain {drain.Ec2InstanceId}") +
            $"; {skipped.Count} services skipped; {context.ExcludedTasks.Values.Sum()} tasks excluded" +
            string.Concat(holds.Where(h => h.HeldBackInstances.Count > 0).Select(h => "; " + h.Describe())));
    }

    private static List<SkippedService> SkippedServices(PlanningContext context, RebalanceOptions options)
    {
        var skipped = new List<SkippedService>();
        for (var s = 0; s < context.Services.Length; s++)
        {
            var service = context.Services[s];
            if (context.SkipReasons[s] is { } reason)
            {
                skipped.Add(new SkippedService(service.Name, reason));
            }
            else if (context.Budgets[s] == 0)
            {
                skipped.Add(new SkippedService(service.Name, NoBudgetReason(context, s, options)));
            }
        }

        return skipped;
    }

    private static string NoBudgetReason(PlanningContext context, int s, RebalanceOptions options)
    {
        var service = context.Services[s];
        var floor = $"no stop budget: {context.Healthy[s]} RUNNING, floor {ServiceFloor.Of(service)} (desired {service.DesiredCount} × minimumHealthyPercent {service.MinimumHealthyPercent}%)";
        return service.MaximumPercent <= 100
            ? floor + "; maximumPercent 100 means no replacement can start first either, so nothing can move it safely"
            : options.AllowInstanceDrain
                ? floor + "; instance drain mode may move it (ECS starts replacements first, up to maximumPercent)"
                : floor + $"; set {RebalanceVariables.AllowInstanceDrain}=true to let ECS replace it first by draining its instance";
    }

    internal readonly record struct Candidate(int Task, int Service, int From, int To, double ScoreBefore, double ScoreAfter, MoveKind Kind, string Why);
}

using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Plans one wave: which tasks to stop so the service scheduler re-places them where the
/// service's own spread strategy wants them. Greedy over instances from the most loaded: each
/// move takes the candidate (one per service on the instance) whose predicted placement lowers
/// the imbalance score most, and is kept only if it lowers the score, does not worsen the
/// service's spread, and stays within floors and caps. Stops at the target score.
/// Cost: O(tasks log tasks) to index plus O(log n) per evaluated candidate; no pairwise scans.
/// </summary>
public static class RebalancePlanner
{
    private const double MinimumGain = 1e-9;

    public static RebalancePlan Plan(ClusterSnapshot snapshot, IReadOnlySet<string> protectedTasks, RebalanceOptions options, DateTimeOffset now)
    {
        if (!snapshot.TasksLoaded)
        {
            throw new ArgumentException("planning needs the cluster's tasks: read the snapshot with includeTasks", nameof(snapshot));
        }

        var context = new PlanningContext(snapshot, protectedTasks, options, now);
        var before = context.Model.Score;
        var wave = new WaveBudget(context, options);
        if (before > options.TargetScore)
        {
            PlanMoves(context, options, wave);
        }

        var drain = options.AllowInstanceDrain && wave.Moves.Count == 0 && before > options.TargetScore
            ? DrainPlanner.Plan(context, protectedTasks)
            : null;
        var after = drain?.ScoreAfter ?? context.Model.Score;
        var skipped = SkippedServices(context, options);
        return new RebalancePlan(snapshot.Cluster, now, before, after, options.TargetScore, wave.Moves, drain, skipped,
            context.ExcludedTasks, [.. wave.LimitsReached.Order(StringComparer.Ordinal)],
            $"score {before:F3} → {after:F3} (target {options.TargetScore:F3}): {wave.Moves.Count} task stops across {wave.Moves.Select(m => m.Service).Distinct().Count()} services" +
            (drain is null ? "" : $", drain {drain.Ec2InstanceId}") +
            $"; {skipped.Count} services skipped; {context.ExcludedTasks.Values.Sum()} tasks excluded");
    }

    private static void PlanMoves(PlanningContext context, RebalanceOptions options, WaveBudget wave)
    {
        var model = context.Model;
        var movedInPass = true;
        while (movedInPass && !wave.Full && model.Score > options.TargetScore)
        {
            movedInPass = false;
            foreach (var from in model.PlaceableByLoadDescending())
            {
                // Nothing below the least loaded instance can receive a task that lowers the score.
                if (wave.Full || model.Score <= options.TargetScore || model.Fraction(from) <= model.LeastLoadedPlaceableFraction)
                {
                    break;
                }

                while (wave.InstanceHasRoom(from) && !wave.Full && model.Score > options.TargetScore && BestMoveFrom(context, wave, from) is { } move)
                {
                    wave.Apply(move);
                    movedInPass = true;
                }
            }
        }
    }

    private static Candidate? BestMoveFrom(PlanningContext context, WaveBudget wave, int from)
    {
        var model = context.Model;
        var score = model.Score;
        var onInstance = context.Movable.OnInstance(from);
        Candidate? best = null;
        for (var i = 0; i < onInstance.Length;)
        {
            var service = context.TaskService[onInstance[i]];
            var task = -1;
            for (; i < onInstance.Length && context.TaskService[onInstance[i]] == service; i++)
            {
                task = task < 0 && !context.Movable.IsMoved(onInstance[i]) ? onInstance[i] : task;
            }

            if (task < 0 || !wave.ServiceHasRoom(service))
            {
                continue;
            }

            var reserved = context.Tasks[task].Reserved;
            var rule = context.Rules[service]!;
            var to = model.PlaceAfterStopping(service, rule, from, reserved);
            if (to is not { } target || target == from || !SpreadNotWorse(model, rule, service, from, target))
            {
                continue;
            }

            var after = model.ScoreAfterMove(from, target, reserved.Cpu);
            if (after < score - MinimumGain && (best is null || after < best.ScoreAfter))
            {
                best = new Candidate(task, service, from, target, score, after);
            }
        }

        return best;
    }

    /// <summary>The scheduler is best effort: when the instances it prefers are full it places anywhere, which we must not cause.</summary>
    private static bool SpreadNotWorse(PlacementModel model, SpreadRule rule, int service, int from, int to)
    {
        var instancesOk = !rule.CountsPerInstance || model.TasksOf(service, to) <= model.TasksOf(service, from) - 1;
        var zonesOk = rule.Order == SpreadOrder.InstanceOnly
            || model.Instance(from).AvailabilityZone == model.Instance(to).AvailabilityZone
            || model.TasksInZoneOf(service, to) <= model.TasksInZoneOf(service, from) - 1;
        return instancesOk && zonesOk;
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
                : floor + $"; set {RebalanceOptionsParser.AllowInstanceDrain}=true to let ECS replace it first by draining its instance";
    }

    internal sealed record Candidate(int Task, int Service, int From, int To, double ScoreBefore, double ScoreAfter);
}

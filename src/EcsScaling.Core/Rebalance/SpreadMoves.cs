namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Evens out spread services: for each service with misplaced tasks (most first), stop a task on
/// its most crowded instance whose replacement the scheduler is expected to start where the
/// service has fewer tasks. A move is kept only if it lowers both the service's misplaced count
/// and the score (which it may not, by leaving a binpack-only instance behind that could be freed).
/// </summary>
internal static class SpreadMoves
{
    public static void Plan(PlanningContext context, RebalanceOptions options, WaveBudget wave)
    {
        var model = context.Model;
        var services = Enumerable.Range(0, context.Services.Length)
            .Where(s => model.Role(s) == ServiceRole.Spread && context.SkipReasons[s] is null && context.Budgets[s] > 0 && model.MisplacedOf(s) > 0)
            .OrderByDescending(model.MisplacedOf).ThenBy(s => s).ToList();
        var moved = true;
        while (moved && !wave.Full && model.Score > options.TargetScore)
        {
            moved = false;
            foreach (var service in services)
            {
                while (!wave.Full && model.Score > options.TargetScore && model.MisplacedOf(service) > 0 && wave.ServiceHasRoom(service) && BestMove(context, wave, service) is { } move)
                {
                    wave.Apply(move);
                    moved = true;
                }
            }
        }
    }

    private static RebalancePlanner.Candidate? BestMove(PlanningContext context, WaveBudget wave, int service)
    {
        var model = context.Model;
        var rule = context.Rules[service]!;
        var misplaced = model.MisplacedOf(service);
        var score = model.Score;
        var tried = new HashSet<int>();
        var candidates = context.Movable.OfService(service).Where(t => !context.Movable.IsMoved(t))
            .OrderByDescending(t => model.TasksOf(service, context.TaskInstance[t]))
            .ThenByDescending(t => model.TasksInZoneOf(service, context.TaskInstance[t]))
            .ThenByDescending(t => model.Fraction(context.TaskInstance[t]))
            .ThenBy(t => t);
        foreach (var task in candidates)
        {
            var from = context.TaskInstance[task];
            if (!tried.Add(from) || !wave.InstanceHasRoom(from))
            {
                continue;
            }

            var reserved = context.Tasks[task].Reserved;
            if (model.PlaceAfterStopping(service, rule, from, reserved) is not { } to || to == from)
            {
                continue;
            }

            model.Move(service, from, to, reserved);
            var misplacedAfter = model.MisplacedOf(service);
            // The whole score (which may re-check freeable instances) only for a move that helps the service.
            var after = misplacedAfter < misplaced ? model.Score : double.MaxValue;
            model.Move(service, to, from, reserved);
            if (misplacedAfter < misplaced && after < score - RebalancePlanner.Tolerance)
            {
                return new RebalancePlanner.Candidate(task, service, from, to, score, after, MoveKind.Spread,
                    MoveExplainer.Spread(context, service, from, to, misplaced, misplacedAfter, score, after));
            }
        }

        return null;
    }
}

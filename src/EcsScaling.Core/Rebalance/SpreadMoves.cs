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
        // One candidate buffer and one tried set for the whole plan: allocated per move they were
        // most of an uncapped plan's allocation, enough to force a collection of the whole live plan.
        var scratch = new Scratch(new (int, int, double, int)[services.Count == 0 ? 0 : services.Max(s => context.Movable.OfService(s).Length)], []);
        var moved = true;
        while (moved && !wave.Full && model.Score > options.TargetScore)
        {
            moved = false;
            foreach (var service in services)
            {
                while (!wave.Full && model.Score > options.TargetScore && model.MisplacedOf(service) > 0 && wave.ServiceHasRoom(service) && BestMove(context, wave, service, scratch) is { } move)
                {
                    wave.Record(move);
                    moved = true;
                }
            }
        }
    }

    /// <summary>The first move (most crowded instance first) that helps the service and the score, left applied to the model; null when none does.</summary>
    private static RebalancePlanner.Candidate? BestMove(PlanningContext context, WaveBudget wave, int service, Scratch scratch)
    {
        var model = context.Model;
        var rule = context.Rules[service]!;
        var misplaced = model.MisplacedOf(service);
        var score = model.Score;
        var tried = scratch.Tried;
        tried.Clear();
        var candidates = scratch.Keys;
        var count = Candidates(context, service, candidates);
        for (var i = 0; i < count; i++)
        {
            if (i == 1)
            {
                // Candidates put only the likeliest first; the rest are ordered once it has not helped.
                Array.Sort(candidates, 1, count - 1);
            }

            var task = candidates[i].Task;
            var from = context.TaskInstance[task];
            if (!tried.Add(from) || !wave.InstanceHasRoom(from))
            {
                continue;
            }

            var reserved = context.Tasks[task].Reserved;
            // The scheduler would put the replacement there whatever we intend, so a move whose
            // replacement would land on an instance this rebalance frees is not planned at all.
            if (model.PlaceAfterStopping(service, rule, from, reserved) is not { } to || to == from || wave.KeptEmpty.Contains(to))
            {
                continue;
            }

            var explained = MoveExplainer.Spread(context, service, from, to, misplaced, score);
            model.Move(service, from, to, reserved);
            var misplacedAfter = model.MisplacedOf(service);
            // The whole score (which may re-check freeable instances) only for a move that helps the service.
            var after = misplacedAfter < misplaced ? model.Score : double.MaxValue;
            if (misplacedAfter < misplaced && after < score - RebalancePlanner.Tolerance)
            {
                return new RebalancePlanner.Candidate(task, service, from, to, score, after, MoveKind.Spread, explained.Say(misplacedAfter, after));
            }

            model.Move(service, to, from, reserved);
        }

        return null;
    }

    /// <summary>
    /// The service's movable tasks, written to <paramref name="keys"/> and counted, keyed so that
    /// those on its most crowded instances (then zones, then the most loaded instances) sort first;
    /// only the first is in place, as the first usually helps and sorting every service's tasks for
    /// every move would cost more than the rest.
    /// </summary>
    private static int Candidates(PlanningContext context, int service, (int OnInstance, int InZone, double Fraction, int Task)[] keys)
    {
        var model = context.Model;
        var tasks = context.Movable.OfService(service);
        var count = 0;
        var first = 0;
        foreach (var t in tasks)
        {
            if (!context.Movable.IsMoved(t))
            {
                var instance = context.TaskInstance[t];
                keys[count] = (-model.TasksOf(service, instance), -model.TasksInZoneOf(service, instance), -model.Fraction(instance), t);
                first = keys[count].CompareTo(keys[first]) < 0 ? count : first;
                count++;
            }
        }

        if (count > 0)
        {
            (keys[0], keys[first]) = (keys[first], keys[0]);
        }

        return count;
    }

    private sealed record Scratch((int OnInstance, int InZone, double Fraction, int Task)[] Keys, HashSet<int> Tried);
}

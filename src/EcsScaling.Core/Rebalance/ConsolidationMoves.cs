using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Consolidates binpack services: for each instance holding only binpack tasks (emptiest first),
/// stop all of them if the scheduler is expected to re-place every one on another, fuller
/// instance, so the instance ends up free of non-daemon tasks and scale-in can let it go. Moves
/// that would not free a whole instance are churn and never planned; a freeing must fit this
/// wave's caps and budgets at once and lower the score.
/// </summary>
internal static class ConsolidationMoves
{
    public static void Plan(PlanningContext context, RebalanceOptions options, WaveBudget wave)
    {
        var model = context.Model;
        var placed = new List<(int Service, int From, int To, Resources Reserved)>();
        foreach (var instance in model.PackOnlyByLoad())
        {
            if (wave.Full || model.Score <= options.TargetScore)
            {
                break;
            }

            // An instance a move of this plan lands on stays busy: freeing it would undo that move.
            if (wave.IsTarget(instance) || MovablePacked(context, instance) is not { } tasks || !wave.HasRoomToFree(instance, tasks))
            {
                continue;
            }

            var before = model.Score;
            placed.Clear();
            if (!model.TryFree(instance, [.. tasks.Select(t => (context.TaskService[t], context.Tasks[t].Reserved))], wave.KeptEmpty, placed))
            {
                continue;
            }

            var after = model.Score;
            if (after >= before - RebalancePlanner.Tolerance)
            {
                model.Undo(placed, 0);
                continue;
            }

            for (var i = 0; i < tasks.Count; i++)
            {
                var service = context.TaskService[tasks[i]];
                wave.Record(new RebalancePlanner.Candidate(tasks[i], service, instance, placed[i].To, before, after, MoveKind.Consolidate,
                    MoveExplainer.Consolidation(context, service, instance, placed[i].To, tasks.Count, before, after)));
            }
        }
    }

    /// <summary>The instance's binpack tasks, or null unless every one of them may be moved now.</summary>
    private static List<int>? MovablePacked(PlanningContext context, int instance)
    {
        var tasks = new List<int>();
        foreach (var task in context.Movable.OnInstance(instance))
        {
            if (!context.Movable.IsMoved(task) && context.Model.Role(context.TaskService[task]) == ServiceRole.Packed)
            {
                tasks.Add(task);
            }
        }

        tasks.Sort((a, b) => PlacementModel.PackingOrder((context.TaskService[a], context.Tasks[a].Reserved), (context.TaskService[b], context.Tasks[b].Reserved)));
        return tasks.Count == context.Model.PackedCount(instance) ? tasks : null;
    }
}

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Instance drain mode: when no task can be stopped without breaking a floor, drain the most
/// loaded instance. ECS then replaces its service tasks respecting each service's own
/// minimumHealthyPercent and maximumPercent (starting replacements first when maximumPercent
/// allows), so no floor is broken; the executor sets the instance ACTIVE again once its service
/// tasks are gone. Refused when any service on it could not be replaced (100/100 with no budget),
/// is excluded, holds protected tasks, or when the replacements would not lower the score.
/// </summary>
internal static class InstanceDrainPlanner
{
    public static PlannedInstanceDrain? Plan(PlanningContext context, IReadOnlySet<string> protectedTasks)
    {
        var model = context.Model;
        var order = model.PlaceableByLoadDescending();
        if (order.Length < 2)
        {
            return null;
        }

        var target = order[0];
        var onTarget = Enumerable.Range(0, context.Tasks.Length).Where(t => context.TaskInstance[t] == target).ToList();
        var toReplace = onTarget.Where(t => context.TaskService[t] >= 0 && !context.Services[context.TaskService[t]].IsDaemon).ToList();
        if (toReplace.Count == 0 || onTarget.Any(t => protectedTasks.Contains(context.Tasks[t].Arn)) || toReplace.Any(t => !CanBeReplaced(context, context.TaskService[t])))
        {
            return null;
        }

        var before = model.Score;
        model.MakeUnplaceable(target);
        foreach (var t in toReplace)
        {
            var service = context.TaskService[t];
            var reserved = context.Tasks[t].Reserved;
            model.Remove(service, target, reserved);
            if (model.Place(service, context.Rules[service]!, reserved) is not { } to)
            {
                return null;
            }

            model.Add(service, to, reserved);
        }

        if (model.Score >= before)
        {
            return null;
        }

        var instance = model.Instance(target);
        var services = toReplace.Select(t => context.Services[context.TaskService[t]].Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new PlannedInstanceDrain(instance.Arn, instance.Ec2InstanceId, services, toReplace.Count,
            $"no task can be stopped without breaking a floor; draining {instance.Ec2InstanceId} ({model.Fraction(target):P0} reserved before) lets ECS start " +
            $"{toReplace.Count} replacements elsewhere first (within maximumPercent) and stop the originals only then; " +
            $"the instance is set ACTIVE again once they are gone; score {before:F3} → {model.Score:F3}",
            model.Score);
    }

    /// <summary>ECS can replace a task of a draining instance if it may stop one first (budget) or start one first (maximumPercent headroom).</summary>
    private static bool CanBeReplaced(PlanningContext context, int s)
    {
        var service = context.Services[s];
        var surge = (service.DesiredCount * service.MaximumPercent / 100) - (service.RunningCount + service.PendingCount);
        return context.SkipReasons[s] is null && context.Rules[s] is not null && (context.Budgets[s] > 0 || surge > 0);
    }
}

using System.Globalization;

namespace EcsScaling.Core.Rebalance;

/// <summary>One sentence per move, with the numbers an on-call engineer would check; computed before the move.</summary>
internal static class MoveExplainer
{
    /// <summary>The explanation of a spread move, from the service's counts as they stand before it, once what it achieves is known.</summary>
    public static Func<int, double, string> Spread(PlanningContext context, int service, int from, int to, int misplacedBefore, double scoreBefore)
    {
        var model = context.Model;
        var (onSource, inSourceZone) = (model.TasksOf(service, from), model.TasksInZoneOf(service, from));
        var (onTarget, inTargetZone) = (model.TasksOf(service, to), model.TasksInZoneOf(service, to));
        return (misplacedAfter, scoreAfter) =>
        {
            var name = context.Services[service].Name;
            var source = model.Instance(from);
            var target = model.Instance(to);
            return string.Create(CultureInfo.InvariantCulture,
                $"{name} has {onSource} tasks on {source.Ec2InstanceId} and {inSourceZone} in {source.AvailabilityZone}; " +
                $"under {context.Rules[service]!.Describe()} the scheduler is expected to start the replacement on {target.Ec2InstanceId} ({target.AvailabilityZone}), " +
                $"which has {onTarget} (zone: {inTargetZone}); {name} misplaced tasks {misplacedBefore} → {misplacedAfter}; " +
                $"{Floor(context, service)}; score {scoreBefore:F3} → {scoreAfter:F3}");
        };
    }

    public static string Consolidation(PlanningContext context, int service, int from, int to, int tasks, double scoreBefore, double scoreAfter)
    {
        var model = context.Model;
        var source = model.Instance(from);
        var target = model.Instance(to);
        return string.Create(CultureInfo.InvariantCulture,
            $"frees instance {source.Ec2InstanceId} ({tasks} tasks) for scale-in: under {context.Rules[service]!.Describe()} the scheduler is expected to start " +
            $"the replacement on {target.Ec2InstanceId} ({target.AvailabilityZone}), a fuller instance it fits on ({model.Fraction(to):P0} CPU reserved once there); " +
            $"{Floor(context, service)}; score {scoreBefore:F3} → {scoreAfter:F3} once the instance is free");
    }

    private static string Floor(PlanningContext context, int service)
    {
        var definition = context.Services[service];
        return $"{definition.Name} keeps ≥ {ServiceFloor.Of(definition)} of {definition.DesiredCount} RUNNING";
    }
}

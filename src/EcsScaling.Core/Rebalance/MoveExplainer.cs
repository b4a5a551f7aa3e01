using System.Globalization;

namespace EcsScaling.Core.Rebalance;

/// <summary>One sentence per move, with the numbers an on-call engineer would check; computed before the move.</summary>
internal static class MoveExplainer
{
    public static string Spread(PlanningContext context, int service, int from, int to, int misplacedBefore, int misplacedAfter, double scoreBefore, double scoreAfter)
    {
        var model = context.Model;
        var name = context.Services[service].Name;
        var source = model.Instance(from);
        var target = model.Instance(to);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name} has {model.TasksOf(service, from)} tasks on {source.Ec2InstanceId} and {model.TasksInZoneOf(service, from)} in {source.AvailabilityZone}; " +
            $"under {context.Rules[service]!.Describe()} the scheduler is expected to start the replacement on {target.Ec2InstanceId} ({target.AvailabilityZone}), " +
            $"which has {model.TasksOf(service, to)} (zone: {model.TasksInZoneOf(service, to)}); {name} misplaced tasks {misplacedBefore} → {misplacedAfter}; " +
            $"{Floor(context, service)}; score {scoreBefore:F3} → {scoreAfter:F3}");
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

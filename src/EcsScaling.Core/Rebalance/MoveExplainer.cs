using System.Globalization;

namespace EcsScaling.Core.Rebalance;

/// <summary>One sentence per move, with the numbers an on-call engineer would check; computed before the move.</summary>
internal static class MoveExplainer
{
    /// <summary>The explanation of a spread move, from the service's counts as they stand before it; said once what it achieves is known.</summary>
    public static SpreadExplanation Spread(PlanningContext context, int service, int from, int to, int misplacedBefore, double scoreBefore)
    {
        var model = context.Model;
        return new SpreadExplanation(context, service, from, to, model.TasksOf(service, from), model.TasksInZoneOf(service, from),
            model.TasksOf(service, to), model.TasksInZoneOf(service, to), misplacedBefore, scoreBefore);
    }

    public static string Consolidation(PlanningContext context, int service, int from, int to, int tasks, double scoreBefore, double scoreAfter)
    {
        var model = context.Model;
        var source = model.Instance(from);
        var target = model.Instance(to);
        return string.Create(CultureInfo.InvariantCulture,
            $"frees instance {source.Ec2InstanceId} ({tasks} tasks) for scale-in: under {context.Rules[service]!.Describe()} the scheduler is expected to start " +
            $"the replacement on {target.Ec2InstanceId} ({model.AvailabilityZone(to)}), a fuller instance it fits on ({model.Fraction(to):P0} CPU reserved once there); " +
            $"{Floor(context, service)}; score {scoreBefore:F3} → {scoreAfter:F3} once the instance is free");
    }

    private static string Floor(PlanningContext context, int service)
    {
        var definition = context.Services[service];
        return $"{definition.Name} keeps ≥ {ServiceFloor.Of(definition)} of {definition.DesiredCount} RUNNING";
    }

    /// <summary>
    /// What a spread move's sentence needs from before the move, kept by value: a candidate is
    /// explained before it is tried and most are not kept, so nothing is allocated until one is.
    /// </summary>
    public readonly record struct SpreadExplanation(PlanningContext Context, int Service, int From, int To,
        int OnSource, int InSourceZone, int OnTarget, int InTargetZone, int MisplacedBefore, double ScoreBefore)
    {
        public string Say(int misplacedAfter, double scoreAfter)
        {
            var name = Context.Services[Service].Name;
            var source = Context.Model.Instance(From);
            var target = Context.Model.Instance(To);
            return string.Create(CultureInfo.InvariantCulture,
                $"{name} has {OnSource} tasks on {source.Ec2InstanceId} and {InSourceZone} in {Context.Model.AvailabilityZone(From)}; " +
                $"under {Context.Rules[Service]!.Describe()} the scheduler is expected to start the replacement on {target.Ec2InstanceId} ({Context.Model.AvailabilityZone(To)}), " +
                $"which has {OnTarget} (zone: {InTargetZone}); {name} misplaced tasks {MisplacedBefore} → {misplacedAfter}; " +
                $"{Floor(Context, Service)}; score {ScoreBefore:F3} → {scoreAfter:F3}");
        }
    }
}

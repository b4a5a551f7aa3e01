using System.Globalization;

namespace EcsScaling.Core.Rebalance;

/// <summary>One sentence per move, with the numbers an on-call engineer would check.</summary>
internal static class MoveExplainer
{
    public static string Explain(PlanningContext context, RebalancePlanner.Candidate move)
    {
        var model = context.Model;
        var service = context.Services[move.Service];
        var from = model.Instance(move.From);
        var to = model.Instance(move.To);
        return string.Create(CultureInfo.InvariantCulture,
            $"{from.Ec2InstanceId} ({from.AvailabilityZone}) is {model.Fraction(move.From):P0} CPU-reserved with {model.TasksOf(move.Service, move.From)} " +
            $"{service.Name} tasks; under {context.Rules[move.Service]!.Describe()} the scheduler is expected to start the replacement on " +
            $"{to.Ec2InstanceId} ({to.AvailabilityZone}), {model.Fraction(move.To):P0} reserved with {model.TasksOf(move.Service, move.To)} {service.Name} tasks; " +
            $"{service.Name} keeps ≥ {ServiceFloor.Of(service)} of {service.DesiredCount} RUNNING; score {move.ScoreBefore:F3} → {move.ScoreAfter:F3}");
    }
}

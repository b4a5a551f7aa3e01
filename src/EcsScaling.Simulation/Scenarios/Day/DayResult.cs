namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>A day run: the minute record, the figures from it, each setup's scenario result, the day's invariants (for both setups), and ours' group minute by minute.</summary>
public sealed record DayResult(DayTimeline Timeline, DayFigures Figures, ScenarioResult Ours, ScenarioResult EcsAlone, IReadOnlyList<string> InvariantsChecked, IReadOnlyList<Violation> Violations, IReadOnlyList<FleetSample> FleetOurs)
{
    public bool Passed => Violations.Count == 0;
}

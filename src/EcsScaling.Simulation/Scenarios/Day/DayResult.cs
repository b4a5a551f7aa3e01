namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>A day run: the minute record, the figures from it, each setup's scenario result, and the day's invariants (for both setups).</summary>
public sealed record DayResult(DayTimeline Timeline, DayFigures Figures, ScenarioResult Ours, ScenarioResult EcsAlone, IReadOnlyList<string> InvariantsChecked, IReadOnlyList<Violation> Violations)
{
    public bool Passed => Violations.Count == 0;
}

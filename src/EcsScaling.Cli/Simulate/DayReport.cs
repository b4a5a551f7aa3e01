using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate;

/// <summary>The `simulate --scenario diurnal --output json` document: every figure of the comparison, and the invariants.</summary>
public sealed record DayReport(
    string Scenario,
    int Seed,
    bool Passed,
    int Minutes,
    InstanceHours InstanceHours,
    OursVersusEcsAlone ServiceMinutesShort,
    OursVersusEcsAlone ServiceMinutesOverloaded,
    int FunctionErrors,
    double ApiCallsPerHour,
    double InvocationsPerHour,
    IReadOnlyList<SurgeReach> Surge,
    IReadOnlyList<InvariantReport> Invariants,
    IReadOnlyDictionary<string, int> ApiCalls,
    IReadOnlyList<EcsScaling.Simulation.Scenarios.FunctionSummary> Functions)
{
    public static DayReport From(DayResult result) => new(
        result.Timeline.Scenario, result.Timeline.Seed, result.Passed, result.Timeline.Minutes.Count,
        result.Figures.InstanceHours, result.Figures.ServiceMinutesShort, result.Figures.ServiceMinutesOverloaded, result.Figures.FunctionErrors,
        result.Figures.ApiCallsPerHour, result.Figures.InvocationsPerHour, result.Figures.Surge,
        [.. result.InvariantsChecked.Select(name => new InvariantReport(name, result.Violations.All(v => v.Invariant != name),
            [.. result.Violations.Where(v => v.Invariant == name).Select(v => v.Message)]))],
        result.Ours.ApiCalls, result.Ours.Functions);
}

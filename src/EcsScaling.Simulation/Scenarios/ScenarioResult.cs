namespace EcsScaling.Simulation.Scenarios;

/// <summary>Kept: there before and after; Launched: arrived during the run; Terminated: gone by the end.</summary>
public sealed record InstanceSummary(string InstanceId, string AvailabilityZone, int TasksBefore, int TasksAfter, string Fate);

/// <summary>One terminate lifecycle action: how long the instance waited and how it ended (completed, timed-out, reclaimed, pending).</summary>
public sealed record DrainSummary(string InstanceId, string Hook, double Seconds, string Outcome);

public sealed record FunctionSummary(string Name, int Invocations, int Errors, IReadOnlyList<string> ErrorMessages);

public sealed record Violation(string Invariant, string Message);

public sealed record ScenarioResult(
    string Scenario,
    int Seed,
    double VirtualSeconds,
    IReadOnlyList<string> InvariantsChecked,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<InstanceSummary> Instances,
    IReadOnlyList<DrainSummary> Drains,
    IReadOnlyDictionary<string, int> ApiCalls,
    IReadOnlyDictionary<string, int> ApiFailures,
    IReadOnlyList<FunctionSummary> Functions,
    int EventsEmitted,
    int EventsLost)
{
    public bool Passed => Violations.Count == 0;

    public override string ToString() => Passed
        ? $"{Scenario} seed {Seed}: passed ({InvariantsChecked.Count} invariants)"
        : $"{Scenario} seed {Seed}: FAILED\n  " + string.Join("\n  ", Violations.Select(v => $"[{v.Invariant}] {v.Message}"));
}

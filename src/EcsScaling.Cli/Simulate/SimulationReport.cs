using System.Text.Json.Serialization;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Simulate;

public sealed record InvariantReport(string Name, bool Passed, IReadOnlyList<string> Violations);

/// <summary>The `--output json` document: everything the text summary shows, plus the narration.</summary>
public sealed record SimulationReport(
    string Scenario,
    int Seed,
    bool Passed,
    double VirtualSeconds,
    IReadOnlyList<InvariantReport> Invariants,
    IReadOnlyList<InstanceSummary> Instances,
    IReadOnlyList<DrainSummary> Drains,
    IReadOnlyDictionary<string, int> ApiCalls,
    IReadOnlyDictionary<string, int> ApiFailures,
    IReadOnlyList<FunctionSummary> Functions,
    int EventsEmitted,
    int EventsLost,
    IReadOnlyList<NarrationLine> Narration)
{
    public static SimulationReport From(ScenarioResult result, IReadOnlyList<NarrationLine> narration) => new(
        result.Scenario, result.Seed, result.Passed, result.VirtualSeconds,
        [.. result.InvariantsChecked.Select(name => new InvariantReport(name, result.Violations.All(v => v.Invariant != name),
            [.. result.Violations.Where(v => v.Invariant == name).Select(v => v.Message)]))],
        result.Instances, result.Drains, result.ApiCalls, result.ApiFailures, result.Functions, result.EventsEmitted, result.EventsLost, narration);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SimulationReport))]
[JsonSerializable(typeof(DayReport))]
internal sealed partial class SimulationJsonContext : JsonSerializerContext;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>Something the world does at a point of the run (scale the group, fire an alarm, interrupt a Spot instance), with its narration.</summary>
public sealed record TimelineStep(TimeSpan At, string Narration, Action<Simulator> Act);

/// <summary>
/// "Given this cluster, these events and these faults, the functions run on this schedule;
/// afterwards these invariants hold." Functions are plugged in from outside, so the same
/// scenario runs with no handlers (to watch AWS alone) or with the real capabilities.
/// </summary>
public sealed class Scenario
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public SimulationOptions Options { get; init; } = new();

    /// <summary>Builds the starting cluster; events emitted here are recorded but reach no function.</summary>
    public required Action<Simulator> Setup { get; init; }

    public IReadOnlyList<TimelineStep> Timeline { get; init; } = [];

    /// <summary>Virtual time the run lasts, including time to settle after the last step.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(30);

    public List<Invariant> Invariants { get; init; } = [.. Scenarios.Invariants.Standard];

    /// <summary>Registers the functions under test against a run's gateways; called once per run.</summary>
    public List<Action<ScenarioContext, ScenarioFunctions>> Functions { get; init; } = [];

    public Scenario With(Action<ScenarioContext, ScenarioFunctions> register)
    {
        Functions.Add(register);
        return this;
    }
}

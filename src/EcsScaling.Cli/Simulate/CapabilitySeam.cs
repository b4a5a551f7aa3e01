using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Simulate;

/// <summary>
/// Where `simulate` gets its functions. The drain capability (terminate lifecycle actions, Spot
/// warnings, container instance DRAINING events, the sweeper schedule) and the rebalance
/// capability (alarm state changes) register here against the run's gateways, e.g.
/// <c>functions.OnEvent("drain", [SimEvent.TerminateLifecycleAction], handler)</c>.
/// Nothing is registered yet: the narration then points at what AWS alone does and where each capability would act.
/// </summary>
internal static class CapabilitySeam
{
    public static IReadOnlyList<Action<ScenarioContext, ScenarioFunctions>> Capabilities { get; } = [];
}

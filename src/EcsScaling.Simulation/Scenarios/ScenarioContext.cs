using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>What a function plugged into a scenario gets: the gateways, the virtual clock and the telemetry sink.</summary>
public sealed class ScenarioContext(Simulator simulator)
{
    public Simulator Simulator => simulator;

    public GatewaySet Gateways => simulator.Gateways;

    public TimeProvider Clock => simulator.Clock;

    public ITelemetry Telemetry => simulator.CloudWatch.Telemetry;
}

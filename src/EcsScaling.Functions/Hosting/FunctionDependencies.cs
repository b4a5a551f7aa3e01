using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Hosting;

/// <summary>
/// What every function of the binary is built from: one GatewaySet (AWS, moto or the simulator,
/// created on first use), one clock, one telemetry, the function's environment variables, the one
/// event parser, and observe mode (ECS_SCALING_DRY_RUN).
/// </summary>
public sealed record FunctionDependencies(
    Func<GatewaySet> Gateways,
    TimeProvider Time,
    ITelemetry Telemetry,
    IReadOnlyDictionary<string, string?> Environment,
    EventParser Parser,
    bool DryRun);

using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// The composition root: every function of the binary, built from one GatewaySet (AWS, moto or
/// the simulator), one TimeProvider, one ITelemetry and the function's environment variables.
/// Only the function named by _HANDLER is built, so its configuration is validated at init and a
/// bad value fails the init with the variable named. Gateways are created lazily.
/// </summary>
public static class FunctionCatalog
{
    public const string Drain = "drain";

    /// <summary>"true" makes every event-driven function plan without mutating (observe mode).</summary>
    public const string DryRunVariable = "ECS_SCALING_DRY_RUN";

    public static FunctionRegistry Create(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(environment);
        var parser = new EventParser();
        var dryRun = string.Equals(environment.GetValueOrDefault(DryRunVariable), "true", StringComparison.OrdinalIgnoreCase);

        return new FunctionRegistry()
            .Add(ParseEventFunction.Name, () => ParseEventFunction.Create(parser))
            .Add(Drain, () =>
            {
                var drain = new DrainCoordinator(gateways(), DrainOptionsParser.Parse(environment), time, telemetry);
                return ScalingEventFunction.Create(Drain, parser, (e, ct) => drain.HandleAsync(e, dryRun, ct), DrainJsonContext.Default.DrainResult);
            });
    }

    public static FunctionRegistry Create(GatewaySet gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment) =>
        Create(() => gateways, time, telemetry, environment);
}

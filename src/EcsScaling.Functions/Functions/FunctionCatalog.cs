using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// The composition root: every function of the binary, built from one GatewaySet (AWS, moto or
/// the simulator), one TimeProvider and one ITelemetry. Gateways are created lazily, on the first
/// function that needs them, so functions without AWS calls start without AWS clients.
/// </summary>
public static class FunctionCatalog
{
    public static FunctionRegistry Create(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(telemetry);
        var parser = new EventParser();

        // One line per function; Core handlers are wired as
        //   .Add("drain", () => ScalingEventFunction.Create("drain", parser,
        //        new DrainHandler(gateways(), time, telemetry).HandleAsync, FunctionsJsonContext.Default.DrainResult))
        return new FunctionRegistry()
            .Add(ParseEventFunction.Name, () => ParseEventFunction.Create(parser));
    }

    public static FunctionRegistry Create(GatewaySet gateways, TimeProvider time, ITelemetry telemetry) =>
        Create(() => gateways, time, telemetry);
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Drain;

/// <summary>drain: lifecycle hooks, instance state changes, Spot warnings and the sweeper tick, through Core's DrainCoordinator.</summary>
public static class DrainFunction
{
    public const string Name = "drain";

    public static ILambdaFunction Create(FunctionDependencies d)
    {
        var drain = CreateCoordinator(d.Gateways, d.Time, d.Telemetry, d.Environment);
        return ScalingEventFunction.Create(Name, d.Parser, (e, cancellationToken) => drain.HandleAsync(e, d.DryRun, cancellationToken), DrainResultJson.Write);
    }

    public static DrainCoordinator CreateCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        var options = DrainOptionsParser.Parse(environment);
        return new DrainCoordinator(gateways(), options, time, telemetry);
    }

    /// <summary>The ops commands' coordinator: a manual drain needs only the cluster, not the groups and hooks.</summary>
    public static DrainCoordinator CreateManualCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment) =>
        new(gateways(), DrainOptionsParser.ParseForManualCommands(environment), time, telemetry);
}

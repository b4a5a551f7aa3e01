using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Rebalance;

/// <summary>rebalance: an imbalance alarm or the schedule starts waves, through Core's RebalanceCoordinator; a failed cluster is a Lambda error.</summary>
public static class RebalanceFunction
{
    public const string Name = "rebalance";

    public static ILambdaFunction Create(FunctionDependencies d)
    {
        var rebalance = CreateCoordinator(d.Gateways, d.Time, d.Telemetry, d.Environment);
        return ScalingEventFunction.Create(Name, d.Parser, async (e, cancellationToken) => RebalanceFailedException.ThrowIfAnyFailed(await rebalance.HandleAsync(e, d.DryRun, cancellationToken)), RebalanceResultJson.WriteAll);
    }

    public static RebalanceCoordinator CreateCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        var options = RebalanceOptionsParser.Parse(environment);
        return new RebalanceCoordinator(gateways(), options, time, telemetry);
    }
}

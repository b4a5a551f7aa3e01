using System.Text;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Ops;

/// <summary>
/// ops: a manual JSON command (`aws lambda invoke --payload file://events/ops-….json`), answered
/// with a structured result, or with a Lambda error when the command failed (the result is logged).
/// In observe mode (ECS_SCALING_DRY_RUN=true) every command is only planned.
/// </summary>
public sealed class OpsFunction(OpsDispatcher dispatcher, bool forceDryRun = false) : ILambdaFunction
{
    public const string FunctionName = "ops";

    public string Name => FunctionName;

    /// <summary>One GatewaySet for every command, created on the first that needs AWS.</summary>
    public static OpsFunction Create(FunctionDependencies d)
    {
        var gatewaySet = new Lazy<GatewaySet>(d.Gateways);
        GatewaySet Gateways() => gatewaySet.Value;
        DrainCoordinator ManualDrain() => DrainFunction.CreateManualCoordinator(Gateways, d.Time, d.Telemetry, d.Environment);
        PolicyCoordinator LoadPolicies() => PoliciesFunction.CreateCoordinator(Gateways, d.Time, d.Telemetry, d.Environment);
        var managed = new EnvironmentReader(d.Environment).Names(ManagedClusters.Variable);
        var dispatcher = new OpsDispatcher(
            new StatusReader(Gateways, d.Time, ManualDrain, LoadPolicies, managed),
            ManualDrain,
            () => RebalanceFunction.CreateCoordinator(Gateways, d.Time, d.Telemetry, d.Environment),
            LoadPolicies,
            managed);
        return new OpsFunction(dispatcher, d.DryRun);
    }

    /// <summary>The CLI runs its commands through this same dispatcher, so a manual command has one code path.</summary>
    public OpsDispatcher Dispatcher => dispatcher;

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        var parsed = OpsCommandParser.Parse(payload);
        var command = forceDryRun ? parsed.AsDryRun() : parsed;
        var response = await dispatcher.RunAsync(command, cancellationToken);
        var result = FunctionResult.Of(response, OpsResponseJson.Write);
        if (OpsCommandFailedException.Failure(response) is { } failure)
        {
            context.Logger.Log(LogLevel.Error, "ops command failed", ("command", response.Command), ("error", failure), ("result", Encoding.UTF8.GetString(result.Json.Span)));
            throw new OpsCommandFailedException(failure);
        }

        return result;
    }
}

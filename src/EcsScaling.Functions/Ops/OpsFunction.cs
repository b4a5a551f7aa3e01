using System.Text;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;

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

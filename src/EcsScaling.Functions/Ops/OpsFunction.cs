using EcsScaling.Functions.Functions;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Ops;

/// <summary>ops: a manual JSON command (`aws lambda invoke --payload file://events/ops-….json`), answered with a structured result.</summary>
public sealed class OpsFunction(OpsDispatcher dispatcher) : ILambdaFunction
{
    public const string FunctionName = "ops";

    public string Name => FunctionName;

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        var command = OpsCommandParser.Parse(payload);
        var response = await dispatcher.RunAsync(command, cancellationToken);
        return FunctionResult.Of(response, FunctionsJsonContext.Default.OpsResponse);
    }
}

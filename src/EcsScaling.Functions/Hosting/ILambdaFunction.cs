
namespace EcsScaling.Functions.Hosting;

/// <summary>One function of the bootstrap binary, picked by _HANDLER. Throwing reports a Lambda error for this invocation only.</summary>
public interface ILambdaFunction
{
    string Name { get; }

    Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken);
}

using System.Text;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;

namespace EcsScaling.Functions.Hosting;

/// <summary>
/// One function of the binary as one Lambda execution environment holds it: built once from the
/// catalog with its environment (init fails here, as it would in Lambda), then handed raw event
/// JSON with a request id and a deadline on the given clock. The CLI's `simulate`, the simulator
/// tests and the benchmarks all run the real functions through it.
/// </summary>
public sealed class LocalFunction(string name, GatewaySet gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
{
    private readonly ILambdaFunction _function = FunctionCatalog.Create(gateways, time, telemetry, environment).Resolve(name);

    public string Name => name;

    public int Invocations { get; private set; }

    /// <summary>The function's answer as JSON (for a queue batch, its batchItemFailures); a function error throws, as Lambda reports it.</summary>
    public async Task<string> InvokeAsync(string json, CancellationToken cancellationToken)
    {
        var result = await LocalInvoker.InvokeAsync(_function, Encoding.UTF8.GetBytes(json), $"{name}-{++Invocations:D6}", timeout, time, telemetry, cancellationToken);
        return Encoding.UTF8.GetString(result.Json.Span);
    }
}

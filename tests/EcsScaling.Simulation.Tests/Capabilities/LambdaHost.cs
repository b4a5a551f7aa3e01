using System.Text;
using EcsScaling.Core.Gateways;
using EcsScaling.Functions;
using EcsScaling.Functions.Hosting;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// Runs one of the binary's functions the way Lambda does: built once per "process" from the
/// catalog with its environment, handed the raw event bytes and a context with a deadline.
/// </summary>
public sealed class LambdaHost(ScenarioContext context, string functionName, IReadOnlyDictionary<string, string?> environment, GatewaySet? gateways = null)
{
    private readonly ILambdaFunction _function = FunctionCatalog.Create(gateways ?? context.Gateways, context.Clock, context.Telemetry, environment).Resolve(functionName);
    private int _requests;

    public int Invocations => _requests;

    public async Task InvokeAsync(string json, CancellationToken ct) => await InvokeForAnswerAsync(json, ct);

    /// <summary>The function's answer as JSON (for a queue batch, its batchItemFailures).</summary>
    public async Task<string> InvokeForAnswerAsync(string json, CancellationToken ct) => Encoding.UTF8.GetString((await LocalInvoker.InvokeAsync(
        _function, Encoding.UTF8.GetBytes(json), $"{functionName}-{++_requests:D6}", ScenarioRunner.FunctionTimeout, context.Clock, context.Telemetry, ct)).Json.Span);

    /// <summary>The EventBridge schedule rule's event, stamped with the virtual time.</summary>
    public Task TickAsync(CancellationToken ct) => InvokeAsync(ScheduledEvent(context.Clock.GetUtcNow(), functionName), ct);

    public static string ScheduledEvent(DateTimeOffset at, string ruleSuffix) => LocalInvoker.ScheduledEvent(at, ruleSuffix + "-schedule");
}

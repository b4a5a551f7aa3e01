using System.Text;
using EcsScaling.Core.Gateways;
using EcsScaling.Functions.Functions;
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

    public async Task InvokeAsync(string json, CancellationToken ct) =>
        await LocalInvoker.InvokeAsync(_function, Encoding.UTF8.GetBytes(json), $"{functionName}-{++_requests:D6}", ScenarioRunner.FunctionTimeout, context.Clock, context.Telemetry, ct);

    /// <summary>The EventBridge schedule rule's event, stamped with the virtual time.</summary>
    public Task TickAsync(CancellationToken ct) => InvokeAsync(ScheduledEvent(context.Clock.GetUtcNow(), functionName), ct);

    public static string ScheduledEvent(DateTimeOffset at, string ruleSuffix) => LocalInvoker.ScheduledEvent(at, ruleSuffix + "-schedule");
}

using System.Globalization;
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

    public async Task InvokeAsync(string json, CancellationToken ct)
    {
        var payload = Encoding.UTF8.GetBytes(json);
        var requestId = $"{functionName}-{++_requests:D6}";
        var invocation = new Invocation(requestId, context.Clock.GetUtcNow() + ScenarioRunner.FunctionTimeout,
            $"arn:aws:lambda:us-east-1:123456789012:function:ecs-scaling-{functionName}", null, payload);
        await _function.InvokeAsync(payload, new LambdaContext(invocation, functionName, context.Clock, context.Telemetry), ct);
    }

    /// <summary>The EventBridge schedule rule's event, as events/scheduled-event.json, stamped with the virtual time.</summary>
    public Task TickAsync(CancellationToken ct) => InvokeAsync(ScheduledEvent(context.Clock.GetUtcNow(), functionName), ct);

    public static string ScheduledEvent(DateTimeOffset at, string ruleSuffix) => $$"""
        {"version":"0","id":"{{ruleSuffix}}-{{at.ToUnixTimeSeconds()}}","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012",
         "time":"{{at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}","region":"us-east-1",
         "resources":["arn:aws:events:us-east-1:123456789012:rule/ecs-scaling-{{ruleSuffix}}-schedule"],"detail":{ } }
        """;
}

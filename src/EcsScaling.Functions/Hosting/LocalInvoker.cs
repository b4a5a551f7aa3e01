using System.Globalization;
using EcsScaling.Core.Observability;

namespace EcsScaling.Functions.Hosting;

/// <summary>
/// Invokes a function in-process the way the runtime loop does — raw event bytes and a context
/// with a deadline — for the CLI's `invoke`, the simulator's scenarios and the benchmarks.
/// </summary>
public static class LocalInvoker
{
    public static Task<FunctionResult> InvokeAsync(
        ILambdaFunction function, ReadOnlyMemory<byte> payload, string requestId, TimeSpan timeout, TimeProvider time, ITelemetry telemetry, CancellationToken cancellationToken)
    {
        var invocation = new Invocation(requestId, time.GetUtcNow() + timeout, $"arn:aws:lambda:local:000000000000:function:{function.Name}", null, payload);
        return function.InvokeAsync(payload, new LambdaContext(invocation, function.Name, time, telemetry), cancellationToken);
    }

    /// <summary>The event an EventBridge schedule rule sends (as events/scheduled-event.json), stamped with the given time.</summary>
    public static string ScheduledEvent(DateTimeOffset at, string rule, string region = "us-east-1", string account = "123456789012") => $$"""
        {"version":"0","id":"{{rule}}-{{at.ToUnixTimeSeconds()}}","detail-type":"Scheduled Event","source":"aws.events","account":"{{account}}",
         "time":"{{at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}","region":"{{region}}",
         "resources":["arn:aws:events:{{region}}:{{account}}:rule/ecs-scaling-{{rule}}"],"detail":{ } }
        """;
}

using EcsScaling.Core.Gateways;
using EcsScaling.Functions.Hosting;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>A <see cref="LocalFunction"/> on a scenario's gateways (or audited ones), clock and telemetry, with the schedule rule's tick.</summary>
public sealed class LambdaHost(ScenarioContext context, string functionName, IReadOnlyDictionary<string, string?> environment, GatewaySet? gateways = null)
{
    private readonly LocalFunction _function = new(functionName, gateways ?? context.Gateways, context.Clock, context.Telemetry, environment, ScenarioRunner.FunctionTimeout);

    public int Invocations => _function.Invocations;

    public Task InvokeAsync(string json, CancellationToken cancellationToken) => _function.InvokeAsync(json, cancellationToken);

    /// <summary>The function's answer as JSON (for a queue batch, its batchItemFailures).</summary>
    public Task<string> InvokeForAnswerAsync(string json, CancellationToken cancellationToken) => _function.InvokeAsync(json, cancellationToken);

    /// <summary>The EventBridge schedule rule's event, stamped with the virtual time.</summary>
    public Task TickAsync(CancellationToken cancellationToken) => InvokeAsync(ScheduledEvent(context.Clock.GetUtcNow(), functionName), cancellationToken);

    public static string ScheduledEvent(DateTimeOffset at, string ruleSuffix) => LocalInvoker.ScheduledEvent(at, ruleSuffix + "-schedule");
}

using EcsScaling.Bench.ColdStart;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>Runs the bootstrap in-process against a fake Runtime API until every invocation is answered.</summary>
public static class RuntimeRun
{
    /// <summary>A guard against a hung test, not a synchronisation point.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    public static async Task<(int ExitCode, IReadOnlyList<RuntimeAnswer> Answers)> UntilAnsweredAsync(
        FakeRuntimeApi api, string? handler, FunctionRegistry functions, ITelemetry telemetry, TimeProvider time, string? functionVariable = null)
    {
        using var stopping = new CancellationTokenSource();
        var environment = new Dictionary<string, string?>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = api.Address,
            ["_HANDLER"] = handler,
            [LambdaBootstrap.FunctionVariable] = functionVariable,
        };
        var run = LambdaBootstrap.RunAsync(name => environment.GetValueOrDefault(name), functions, telemetry, time, stopping.Token);
        await Task.WhenAny(api.AllAnswered, run).WaitAsync(Guard);
        await stopping.CancelAsync();
        var exitCode = await run.WaitAsync(Guard);
        return (exitCode, api.Answers);
    }

    public static FakeInvocation Invocation(string requestId, string payload, TimeProvider time, string? traceId = null) =>
        new(requestId, payload, time.GetUtcNow().AddMinutes(5), traceId);
}

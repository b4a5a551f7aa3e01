using EcsScaling.Core.Observability;

namespace EcsScaling.Functions.Hosting;

/// <summary>Process start-up: pick the function named by _HANDLER, report an init error if that fails, then run the loop.</summary>
public static class LambdaBootstrap
{
    public const int InitFailed = 1;
    public const int NotInLambda = 2;
    public const string FunctionVariable = "ECS_SCALING_FUNCTION";

    /// <param name="environment">Reads a variable (Environment.GetEnvironmentVariable in production).</param>
    public static async Task<int> RunAsync(
        Func<string, string?> environment,
        FunctionRegistry functions,
        ITelemetry telemetry,
        TimeProvider time,
        CancellationToken stopping)
    {
        var runtimeApi = environment("AWS_LAMBDA_RUNTIME_API");
        if (string.IsNullOrEmpty(runtimeApi))
        {
            telemetry.Log(LogLevel.Error, "AWS_LAMBDA_RUNTIME_API is not set: this binary runs inside Lambda (use the CLI or parse-event locally)");
            return NotInLambda;
        }

        using var client = new RuntimeApiClient(runtimeApi);
        InitTimings.Mark("runtime-client");
        // On the managed dotnet runtime _HANDLER is the executable name, so ECS_SCALING_FUNCTION may name the function instead.
        var handler = environment(FunctionVariable) ?? environment("_HANDLER");
        ILambdaFunction function;
        try
        {
            function = functions.Resolve(handler);
        }
        catch (Exception e)
        {
            telemetry.Log(LogLevel.Error, "init failed", ("handler", handler), ("reason", e.Message));
            var errorType = e is UnknownHandlerException ? "Runtime.UnknownHandler" : "Runtime.InitError";
            try
            {
                await client.ReportInitErrorAsync(ErrorReport.From(e) with { ErrorType = errorType }, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Shutting down anyway.
            }

            return InitFailed;
        }

        InitTimings.Mark("function");
        var functionName = environment("AWS_LAMBDA_FUNCTION_NAME") ?? function.Name;
        await new RuntimeLoop(client, function, functionName, telemetry, time).RunAsync(stopping);
        return 0;
    }
}

using EcsScaling.Core.Observability;

namespace EcsScaling.Functions.Hosting;

/// <summary>Per-invocation facts, shaped like Amazon.Lambda.Core's ILambdaContext so a later switch stays small.</summary>
public interface ILambdaContext
{
    string AwsRequestId { get; }

    string FunctionName { get; }

    string InvokedFunctionArn { get; }

    string? TraceId { get; }

    DateTimeOffset Deadline { get; }

    /// <summary>Deadline minus now, never negative.</summary>
    TimeSpan RemainingTime { get; }

    ITelemetry Logger { get; }
}

public sealed class LambdaContext(Invocation invocation, string functionName, TimeProvider time, ITelemetry logger) : ILambdaContext
{
    public string AwsRequestId => invocation.RequestId;

    public string FunctionName => functionName;

    public string InvokedFunctionArn => invocation.InvokedFunctionArn;

    public string? TraceId => invocation.TraceId;

    public DateTimeOffset Deadline => invocation.Deadline;

    public TimeSpan RemainingTime
    {
        get
        {
            var remaining = invocation.Deadline - time.GetUtcNow();
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }

    public ITelemetry Logger => logger;
}

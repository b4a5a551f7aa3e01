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

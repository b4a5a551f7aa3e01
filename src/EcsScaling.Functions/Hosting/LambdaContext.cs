using EcsScaling.Core.Observability;

namespace EcsScaling.Functions.Hosting;

/// <summary>The context handed to a function; remaining time comes from the injected clock.</summary>
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

using Amazon.Runtime;

namespace EcsScaling.Aws.Wire;

/// <summary>Total attempts (first try included) and the SDK retry mode.</summary>
public sealed record RetrySettings(int MaxAttempts, RequestRetryMode Mode)
{
    public static RetrySettings Default { get; } = new(3, RequestRetryMode.Standard);
}

namespace EcsScaling.Aws.Wire;

/// <summary>AWS_RETRY_MODE: the AWS SDKs' two current retry modes.</summary>
public enum RetryMode
{
    /// <summary>Backoff with jitter within a retry quota.</summary>
    Standard,

    /// <summary>Standard, plus a client-side send rate that throttling lowers and successes raise again.</summary>
    Adaptive,
}

/// <summary>Total attempts (first try included) and the retry mode.</summary>
public sealed record RetrySettings(int MaxAttempts, RetryMode Mode)
{
    public static RetrySettings Default { get; } = new(3, RetryMode.Standard);
}

using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// The AWS SDKs' standard retry mode for one service (docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html,
/// as botocore's retries/standard.py and quota.py implement it): throttling, transient errors (HTTP 500/502/503/504 and the
/// codes in <see cref="AwsErrorCodes"/>) and answers that never came are retried, up to the attempt limit, after
/// random(0,1) × min(2^(retry − 1), 20) seconds, while a quota shared by every call of the service lasts: a retry takes 5
/// (10 after a timeout), a success gives back what its retry took, or 1. In adaptive mode a
/// <see cref="ClientRateLimiter"/> also paces every attempt. Validation errors are never retried.
/// </summary>
public sealed class RetryPolicy(RetrySettings settings, TimeProvider time, Func<double> random)
{
    public const int QuotaCapacity = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int SuccessRefund = 1;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    private readonly Lock _lock = new();
    private readonly ClientRateLimiter? _limiter = settings.Mode == RetryMode.Adaptive ? new ClientRateLimiter(time) : null;
    private int _quota = QuotaCapacity;

    public RetrySettings Settings { get; } = settings;

    public int AvailableQuota
    {
        get
        {
            lock (_lock)
            {
                return _quota;
            }
        }
    }

    /// <summary>Waits, in adaptive mode, until the client-side rate allows another attempt.</summary>
    public Task BeforeAttemptAsync(CancellationToken cancellationToken) => _limiter?.AcquireAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>An answer came (a failure without one says nothing about the service's rate).</summary>
    public void Answered(bool throttled) => _limiter?.Update(throttled);

    public void Succeeded(int retryCostTaken)
    {
        lock (_lock)
        {
            _quota = Math.Min(QuotaCapacity, _quota + (retryCostTaken > 0 ? retryCostTaken : SuccessRefund));
        }
    }

    public static bool IsRetryable(AwsCallException failure) => failure.StatusCode == 0 || failure.IsThrottling || failure.IsTransient;

    /// <summary>
    /// How long to wait before attempt <paramref name="attemptsMade"/> + 1, taking its cost from the quota; null when the
    /// failure is not retried (not retryable, attempts spent, or quota empty).
    /// </summary>
    public TimeSpan? RetryAfter(AwsCallException failure, int attemptsMade, bool timedOut, out int costTaken)
    {
        costTaken = 0;
        if (attemptsMade >= Settings.MaxAttempts || !IsRetryable(failure))
        {
            return null;
        }

        var cost = timedOut ? TimeoutRetryCost : RetryCost;
        lock (_lock)
        {
            if (cost > _quota)
            {
                return null;
            }

            _quota -= cost;
        }

        costTaken = cost;
        return random() * TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attemptsMade - 1), MaxBackoff.TotalSeconds));
    }
}

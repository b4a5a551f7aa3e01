using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>The standard retry mode's rules (docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html; botocore's standard.py and quota.py).</summary>
public class RetryPolicyTests
{
    private static readonly string[] ThrottlingCodes =
    [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "RequestLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
    ];

    private static AwsCallException Failure(string code, int status) => new("ECS", "ListServices", code, "m", null, status);

    private static RetryPolicy Policy(int maxAttempts = 3, double random = 1) => new(new RetrySettings(maxAttempts, RetryMode.Standard), new FakeTimeProvider(), () => random);

    [Fact]
    public void Throttling_transient_and_unanswered_failures_are_retried_validation_errors_never()
    {
        Assert.All(ThrottlingCodes, code => Assert.True(RetryPolicy.IsRetryable(Failure(code, 400)), code));
        Assert.All(new[] { "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete" }, code => Assert.True(RetryPolicy.IsRetryable(Failure(code, 400)), code));
        Assert.All(new[] { 500, 502, 503, 504, 429 }, status => Assert.True(RetryPolicy.IsRetryable(Failure("Whatever", status)), $"{status}"));
        Assert.True(RetryPolicy.IsRetryable(Failure(nameof(HttpRequestException), 0)));
        Assert.False(RetryPolicy.IsRetryable(Failure(AwsErrorCodes.ValidationError, 400)));
        Assert.False(RetryPolicy.IsRetryable(Failure("InvalidParameterException", 400)));
        Assert.False(RetryPolicy.IsRetryable(Failure("AccessDeniedException", 400)));
    }

    [Fact]
    public void Backoff_is_random_times_two_to_the_retry_capped_at_20_seconds()
    {
        var policy = Policy(maxAttempts: 10, random: 0.5);
        var throttled = Failure("Throttling", 400);

        var delays = Enumerable.Range(1, 7).Select(attempt => policy.RetryAfter(throttled, attempt, timedOut: false, out _)).ToList();

        Assert.Equal([0.5, 1, 2, 4, 8, 10, 10], delays.Select(d => d!.Value.TotalSeconds));
    }

    [Fact]
    public void The_attempt_limit_counts_the_first_try()
    {
        var policy = Policy(maxAttempts: 3);
        var busy = Failure("ServiceUnavailable", 503);

        Assert.NotNull(policy.RetryAfter(busy, 2, timedOut: false, out _));
        Assert.Null(policy.RetryAfter(busy, 3, timedOut: false, out _));
    }

    [Fact]
    public void Retries_spend_the_quota_and_successes_refill_it()
    {
        var policy = Policy(maxAttempts: 1_000);
        var busy = Failure("ServiceUnavailable", 503);

        Assert.NotNull(policy.RetryAfter(busy, 1, timedOut: true, out var timeoutCost));
        Assert.Equal((RetryPolicy.TimeoutRetryCost, RetryPolicy.QuotaCapacity - 10), (timeoutCost, policy.AvailableQuota));
        var retries = 0;
        while (policy.RetryAfter(busy, 1, timedOut: false, out _) is not null)
        {
            retries++;
        }

        // 490 left after the timeout: 98 retries of 5, then none until successes give some back.
        Assert.Equal((98, 0), (retries, policy.AvailableQuota));
        policy.Succeeded(retryCostTaken: 5);
        policy.Succeeded(retryCostTaken: 0);
        Assert.Equal(6, policy.AvailableQuota);
        Assert.NotNull(policy.RetryAfter(busy, 1, timedOut: false, out _));
    }

    [Fact]
    public void A_full_quota_stays_full()
    {
        var policy = Policy();

        policy.Succeeded(retryCostTaken: 0);

        Assert.Equal(RetryPolicy.QuotaCapacity, policy.AvailableQuota);
    }
}

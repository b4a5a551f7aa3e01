using System.Net;
using Amazon.Runtime;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>Pins the SDK's retry lists to the throttling and transient codes of the SDKs' standard retry mode, so an SDK upgrade that drops a code fails here.</summary>
public class RetryClassificationTests
{
    private static readonly string[] ThrottlingCodes =
    [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "RequestLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
    ];

    [Theory]
    [InlineData(RequestRetryMode.Standard)]
    [InlineData(RequestRetryMode.Adaptive)]
    public void The_policy_retries_every_documented_throttling_and_transient_condition(RequestRetryMode mode)
    {
        var policy = Policy(mode);

        Assert.All(ThrottlingCodes, code => Assert.Contains(code, policy.ThrottlingErrorCodes));
        Assert.All(ThrottlingCodes, code => Assert.True(AwsErrorCodes.IsThrottling(code), code));
        Assert.Contains("PriorRequestNotComplete", policy.ThrottlingErrorCodes.Concat(policy.ErrorCodesToRetryOn));
        Assert.Contains("RequestTimeout", policy.TimeoutErrorCodesToRetryOn);
        Assert.Contains("RequestTimeoutException", policy.TimeoutErrorCodesToRetryOn);
        Assert.Superset(
            new HashSet<HttpStatusCode> { HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout, HttpStatusCode.TooManyRequests },
            policy.HttpStatusCodesToRetryOn.ToHashSet());
    }

    [Fact]
    public void Validation_errors_are_in_no_retry_list()
    {
        var policy = Policy(RequestRetryMode.Standard);

        Assert.DoesNotContain(AwsErrorCodes.ValidationError, policy.ThrottlingErrorCodes.Concat(policy.ErrorCodesToRetryOn).Concat(policy.TimeoutErrorCodesToRetryOn));
        Assert.DoesNotContain(HttpStatusCode.BadRequest, policy.HttpStatusCodesToRetryOn);
    }

    [Fact]
    public void Attempts_map_to_the_SDK_retry_count()
    {
        Assert.Equal(4, Policy(RequestRetryMode.Standard, maxAttempts: 5).MaxRetries);
    }

    private static RetryPolicy Policy(RequestRetryMode mode, int maxAttempts = 3) =>
        RetryClassification.CreatePolicy(new WireClientConfig(AwsService.Ecs, "eu-west-1", new Uri("http://127.0.0.1:1/"), new RetrySettings(maxAttempts, mode)));
}

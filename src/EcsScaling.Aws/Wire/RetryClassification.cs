using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// The SDK's standard or adaptive retry policy. Its lists already hold every throttling and
/// transient code of the AWS SDKs' standard retry mode (docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html; pinned by RetryClassificationTests); HTTP 429 without a known
/// code is added. Validation errors (HTTP 400, no listed code) are never retried.
/// </summary>
internal static class RetryClassification
{
    public static StandardRetryPolicy CreatePolicy(IClientConfig config)
    {
        var policy = config.RetryMode == RequestRetryMode.Adaptive ? new AdaptiveRetryPolicy(config) : new StandardRetryPolicy(config);
        policy.HttpStatusCodesToRetryOn.Add(HttpStatusCode.TooManyRequests);
        return policy;
    }
}

namespace EcsScaling.Core.Gateways;

/// <summary>Error codes the AWS SDKs' standard retry mode treats as throttling or transient.</summary>
public static class AwsErrorCodes
{
    public const string ValidationError = "ValidationError";

    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "RequestLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
    };

    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    };

    public static bool IsThrottling(string code) => Throttling.Contains(code);

    public static bool IsTransient(string code) => Transient.Contains(code);
}

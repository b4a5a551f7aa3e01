using System.Globalization;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Region, endpoints and retry settings, resolved once from environment variables the way the AWS
/// SDKs do. The variables come through a lookup function so tests never touch the process environment.
/// </summary>
public sealed record AwsClientSettings(string Region, IReadOnlyDictionary<AwsService, Uri> Endpoints, RetrySettings Retry)
{
    public static AwsClientSettings FromEnvironment(Func<string, string?> variable)
    {
        var region = ResolveRegion(variable);
        var endpoints = AwsService.All.ToDictionary(service => service, service => EndpointResolution.Resolve(service, region, variable));
        return new AwsClientSettings(region, endpoints, ResolveRetry(variable));
    }

    public static string ResolveRegion(Func<string, string?> variable) =>
        NonEmpty(variable("AWS_REGION")) ?? NonEmpty(variable("AWS_DEFAULT_REGION"))
        ?? throw new InvalidOperationException("No AWS region configured: set AWS_REGION (or AWS_DEFAULT_REGION), e.g. AWS_REGION=eu-west-1.");

    public static RetrySettings ResolveRetry(Func<string, string?> variable)
    {
        var attempts = RetrySettings.Default.MaxAttempts;
        if (NonEmpty(variable("AWS_MAX_ATTEMPTS")) is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out attempts) || attempts < 1))
        {
            throw new InvalidOperationException($"AWS_MAX_ATTEMPTS must be a whole number of at least 1 (total attempts), got '{text}'.");
        }

        var mode = NonEmpty(variable("AWS_RETRY_MODE"))?.ToLowerInvariant() switch
        {
            null or "standard" => RetryMode.Standard,
            "adaptive" => RetryMode.Adaptive,
            var other => throw new InvalidOperationException($"AWS_RETRY_MODE must be 'standard' or 'adaptive', got '{other}'."),
        };
        return new RetrySettings(attempts, mode);
    }

    /// <summary>
    /// Keys from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (as Lambda sets them), else the static keys of
    /// AWS_PROFILE (or "default") in the shared credentials file; null when there are neither.
    /// </summary>
    public static ICredentialSource? ResolveCredentials(Func<string, string?> variable)
    {
        if (NonEmpty(variable("AWS_ACCESS_KEY_ID")) is { } keyId && NonEmpty(variable("AWS_SECRET_ACCESS_KEY")) is { } secret)
        {
            return new FixedCredentials(new AwsCredentials(keyId, secret, NonEmpty(variable("AWS_SESSION_TOKEN"))));
        }

        var profile = NonEmpty(variable("AWS_PROFILE")) ?? SharedCredentialsFile.DefaultProfile;
        return SharedCredentialsFile.PathFrom(variable) is { } path && SharedCredentialsFile.Read(path, profile) is { } keys ? new FixedCredentials(keys) : null;
    }

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

namespace EcsScaling.Aws.Wire;

/// <summary>
/// AWS_ENDPOINT_URL_&lt;SERVICE&gt; beats AWS_ENDPOINT_URL beats the regional endpoint;
/// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true disables both variables.
/// </summary>
public static class EndpointResolution
{
    public static Uri Resolve(AwsService service, string region, Func<string, string?> variable)
    {
        var ignore = string.Equals(AwsClientSettings.NonEmpty(variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")), "true", StringComparison.OrdinalIgnoreCase);
        if (!ignore)
        {
            foreach (var name in new[] { service.EndpointVariable, "AWS_ENDPOINT_URL" })
            {
                if (AwsClientSettings.NonEmpty(variable(name)) is { } configured)
                {
                    return Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                        ? uri
                        : throw new InvalidOperationException($"{name} must be an absolute http(s) URL, got '{configured}'.");
                }
            }
        }

        return new Uri($"https://{service.EndpointPrefix}.{region}.{DnsSuffix(region)}/");
    }

    /// <summary>The partition's DNS suffix: China and the isolated partitions differ from aws and aws-us-gov.</summary>
    public static string DnsSuffix(string region) => region switch
    {
        _ when region.StartsWith("cn-", StringComparison.Ordinal) => "amazonaws.com.cn",
        _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => "sc2s.sgov.gov",
        _ when region.StartsWith("us-isof-", StringComparison.Ordinal) => "csp.hci.ic.gov",
        _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => "c2s.ic.gov",
        _ when region.StartsWith("eu-isoe-", StringComparison.Ordinal) => "cloud.adc-e.uk",
        _ => "amazonaws.com",
    };
}

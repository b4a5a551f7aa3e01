using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class AwsClientSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => (string?)v.Value);
        return map.GetValueOrDefault;
    }

    [Fact]
    public void AWS_REGION_wins_over_AWS_DEFAULT_REGION()
    {
        Assert.Equal("eu-west-1", AwsClientSettings.ResolveRegion(Env(("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "us-east-2"))));
        Assert.Equal("us-east-2", AwsClientSettings.ResolveRegion(Env(("AWS_REGION", " "), ("AWS_DEFAULT_REGION", "us-east-2"))));
    }

    [Fact]
    public void A_missing_region_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AwsClientSettings.FromEnvironment(Env()));

        Assert.Contains("AWS_REGION", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, 3, RetryMode.Standard)]
    [InlineData("7", "adaptive", 7, RetryMode.Adaptive)]
    [InlineData("1", "STANDARD", 1, RetryMode.Standard)]
    public void Retry_settings_come_from_AWS_MAX_ATTEMPTS_and_AWS_RETRY_MODE(string? attempts, string? mode, int expectedAttempts, RetryMode expectedMode)
    {
        var variables = new Dictionary<string, string?> { ["AWS_MAX_ATTEMPTS"] = attempts, ["AWS_RETRY_MODE"] = mode };

        Assert.Equal(new RetrySettings(expectedAttempts, expectedMode), AwsClientSettings.ResolveRetry(variables.GetValueOrDefault));
    }

    [Theory]
    [InlineData("AWS_MAX_ATTEMPTS", "0")]
    [InlineData("AWS_MAX_ATTEMPTS", "three")]
    [InlineData("AWS_RETRY_MODE", "legacy")]
    public void Bad_retry_settings_name_the_variable(string name, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AwsClientSettings.ResolveRetry(Env((name, value))));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_in_the_variables_are_the_credentials_with_their_session_token()
    {
        var source = Assert.IsType<FixedCredentials>(AwsClientSettings.ResolveCredentials(Env(("AWS_ACCESS_KEY_ID", "AKID"), ("AWS_SECRET_ACCESS_KEY", "s"), ("AWS_SESSION_TOKEN", "t"))));

        Assert.Equal(new AwsCredentials("AKID", "s", "t"), source.Credentials);
        Assert.Null(AwsClientSettings.ResolveCredentials(Env(("AWS_ACCESS_KEY_ID", "AKID"), ("HOME", "/nonexistent"))));
    }

    [Fact]
    public void Without_keys_in_the_variables_the_profile_of_the_shared_credentials_file_signs()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = d\n\n[ops]\naws_access_key_id=AKIDOPS\naws_secret_access_key=o\naws_session_token=tok\n");

            var chosen = Assert.IsType<FixedCredentials>(AwsClientSettings.ResolveCredentials(Env(("AWS_SHARED_CREDENTIALS_FILE", file), ("AWS_PROFILE", "ops"))));
            var fallback = Assert.IsType<FixedCredentials>(AwsClientSettings.ResolveCredentials(Env(("AWS_SHARED_CREDENTIALS_FILE", file))));

            Assert.Equal(new AwsCredentials("AKIDOPS", "o", "tok"), chosen.Credentials);
            Assert.Equal(new AwsCredentials("AKIDDEFAULT", "d", null), fallback.Credentials);
            Assert.Null(AwsClientSettings.ResolveCredentials(Env(("AWS_SHARED_CREDENTIALS_FILE", file), ("AWS_PROFILE", "missing"))));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Every_service_gets_an_endpoint()
    {
        var settings = AwsClientSettings.FromEnvironment(Env(("AWS_REGION", "eu-west-3")));

        Assert.Equal(AwsService.All.Count, settings.Endpoints.Count);
        Assert.Equal(new Uri("https://monitoring.eu-west-3.amazonaws.com/"), settings.Endpoints[AwsService.CloudWatch]);
    }
}

using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public sealed class SharedCredentialsFileTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Reads_the_profile_keys_past_comments_spacing_and_other_profiles()
    {
        File.WriteAllText(_file, "# keys\n[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = x\n\n  [ ops ]  \n; note\nAWS_ACCESS_KEY_ID=AKIDOPS\naws_secret_access_key = se=cret \nregion = eu-west-1\n");

        Assert.Equal(new AwsCredentials("AKIDOPS", "se=cret", null), SharedCredentialsFile.Read(_file, "ops"));
    }

    [Fact]
    public void A_missing_file_or_profile_is_no_credentials()
    {
        File.WriteAllText(_file, "[default]\naws_access_key_id = A\naws_secret_access_key = B\n");

        Assert.Null(SharedCredentialsFile.Read(_file + ".absent", "default"));
        Assert.Null(SharedCredentialsFile.Read(_file, "ops"));
    }

    [Fact]
    public void A_profile_without_static_keys_is_an_error_naming_the_profile_and_the_file()
    {
        File.WriteAllText(_file, "[sso]\nsso_session = corp\nsso_role_name = admin\n");

        var error = Assert.Throws<InvalidOperationException>(() => SharedCredentialsFile.Read(_file, "sso"));

        Assert.Contains("'sso'", error.Message, StringComparison.Ordinal);
        Assert.Contains(_file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_path_is_the_variable_else_the_home_directory()
    {
        var variables = new Dictionary<string, string?> { ["HOME"] = "/home/ops" };

        Assert.Equal("/home/ops/.aws/credentials", SharedCredentialsFile.PathFrom(variables.GetValueOrDefault));
        variables["AWS_SHARED_CREDENTIALS_FILE"] = "/etc/keys";
        Assert.Equal("/etc/keys", SharedCredentialsFile.PathFrom(variables.GetValueOrDefault));
        Assert.Null(SharedCredentialsFile.PathFrom(_ => null));
    }

    [Fact]
    public void Credentials_never_print_their_secret()
    {
        var text = new AwsCredentials("AKID", "very-secret", "tok").ToString();

        Assert.Contains("AKID", text, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok", text.Replace("AwsCredentials", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

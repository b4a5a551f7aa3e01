namespace EcsScaling.Aws.Wire;

/// <summary>
/// Static keys of one profile in the shared credentials file (<c>~/.aws/credentials</c>, or AWS_SHARED_CREDENTIALS_FILE),
/// as the AWS SDKs read it: <c>[profile]</c> sections of <c>key = value</c> lines, <c>#</c> and <c>;</c> comments.
/// Only static keys: a Lambda function has its role's keys in the environment, and the CLI resolves SSO, roles and
/// the rest through the AWS SDK's own chain.
/// </summary>
public static class SharedCredentialsFile
{
    public const string DefaultProfile = "default";

    /// <summary>The file the variables name, else the one in the home directory; null when there is no home either.</summary>
    public static string? PathFrom(Func<string, string?> variable) =>
        AwsClientSettings.NonEmpty(variable("AWS_SHARED_CREDENTIALS_FILE"))
        ?? (AwsClientSettings.NonEmpty(variable("HOME")) is { } home ? Path.Combine(home, ".aws", "credentials") : null);

    /// <summary>The profile's keys; null when the file or the profile is missing. A profile without both keys is an error naming the file.</summary>
    public static AwsCredentials? Read(string path, string profile)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var values = Profile(File.ReadLines(path), profile);
        if (values is null)
        {
            return null;
        }

        var keyId = values.GetValueOrDefault("aws_access_key_id");
        var secret = values.GetValueOrDefault("aws_secret_access_key");
        return keyId is not null && secret is not null
            ? new AwsCredentials(keyId, secret, values.GetValueOrDefault("aws_session_token"))
            : throw new InvalidOperationException(
                $"profile '{profile}' in {path} has no aws_access_key_id and aws_secret_access_key; the Lambda binary reads static keys only " +
                "(set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or use the CLI, which resolves SSO and role profiles)");
    }

    private static Dictionary<string, string>? Profile(IEnumerable<string> lines, string profile)
    {
        Dictionary<string, string>? values = null;
        var inProfile = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                inProfile = line[1..^1].Trim() == profile;
                values ??= inProfile ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
                continue;
            }

            if (inProfile && line.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                values![line[..equals].Trim().ToLowerInvariant()] = line[(equals + 1)..].Trim();
            }
        }

        return values;
    }
}

namespace EcsScaling.Aws.Wire;

/// <summary>Keys a request is signed with; a session token comes with temporary ones (a Lambda execution role's always has one).</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    /// <summary>Never the secret: a record's generated text would print it into a log line.</summary>
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, SessionToken = {(SessionToken is null ? "none" : "set")} }}";
}

/// <summary>Where a caller's credentials come from; asked before every request, so a source may refresh them.</summary>
public interface ICredentialSource
{
    ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken);
}

/// <summary>Credentials that do not change: the environment's (as Lambda sets them) or a profile's static keys.</summary>
public sealed class FixedCredentials(AwsCredentials credentials) : ICredentialSource
{
    public AwsCredentials Credentials { get; } = credentials;

    public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Credentials);
}

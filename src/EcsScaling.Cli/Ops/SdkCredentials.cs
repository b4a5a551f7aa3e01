using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// The AWS SDK's default credential chain (environment, SSO and role profiles, credential_process, web identity, container
/// and instance roles), resolved once and refreshed by the SDK when temporary: what an operator's AWS CLI would use. Only the
/// CLI has it; the Lambda binary, which always has its role's keys in the environment, signs without the SDK.
/// </summary>
internal sealed class SdkCredentials : ICredentialSource
{
    private readonly Lazy<AWSCredentials> _chain = new(() => DefaultAWSCredentialsIdentityResolver.GetCredentials());

    public async ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken)
    {
        var keys = await _chain.Value.GetCredentialsAsync().ConfigureAwait(false);
        return new AwsCredentials(keys.AccessKey, keys.SecretKey, string.IsNullOrEmpty(keys.Token) ? null : keys.Token);
    }
}

using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Aws.AutoScaling;
using EcsScaling.Aws.CloudWatch;
using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.LoadBalancing;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws;

/// <summary>Builds the Core GatewaySet over real AWS (or any endpoint the variables point at, e.g. moto).</summary>
public static class AwsGatewayFactory
{
    /// <summary>From the process environment (AWS_REGION, AWS_ENDPOINT_URL…, AWS_MAX_ATTEMPTS, AWS_RETRY_MODE, credentials).</summary>
    public static GatewaySet FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>
    /// From the given variables, signing with <paramref name="credentials"/> when given (the CLI's: the AWS SDK's default
    /// chain), else with <see cref="AwsClientSettings.ResolveCredentials"/>'s: keys in the variables or a profile's static keys.
    /// </summary>
    public static GatewaySet FromEnvironment(Func<string, string?> variable, ICredentialSource? credentials = null) =>
        Create(new AwsCaller(AwsClientSettings.FromEnvironment(variable), credentials ?? AwsClientSettings.ResolveCredentials(variable) ?? throw new InvalidOperationException(
            "No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN for temporary keys; Lambda sets all three), " +
            "or give the profile in AWS_PROFILE (default 'default') static keys in the shared credentials file (AWS_SHARED_CREDENTIALS_FILE, default ~/.aws/credentials).")));

    public static GatewaySet Create(IAwsCaller aws)
    {
        var autoScaling = new AutoScalingGateway(aws);
        return new GatewaySet(
            new EcsGateway(aws),
            autoScaling,
            new LoadBalancingGateway(aws),
            new ScalingPolicyGateway(new EcsServiceScaling(aws), new GroupScaling(aws, autoScaling)),
            new CloudWatchGateway(aws));
    }
}

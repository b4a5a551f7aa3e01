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

    /// <summary>From the given variables; credentials fall back to the SDK default chain when no keys are given.</summary>
    public static GatewaySet FromEnvironment(Func<string, string?> variable) =>
        Create(new AwsCaller(AwsClientSettings.FromEnvironment(variable), AwsClientSettings.ResolveCredentials(variable)));

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

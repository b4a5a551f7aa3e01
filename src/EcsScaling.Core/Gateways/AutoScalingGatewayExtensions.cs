using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

public static class AutoScalingGatewayExtensions
{
    /// <summary>One instance's Auto Scaling record; null when it belongs to no group.</summary>
    public static async Task<AutoScalingInstance?> DescribeInstanceAsync(this IAutoScalingGateway gateway, string instanceId, CancellationToken cancellationToken) =>
        (await gateway.DescribeInstancesAsync([instanceId], cancellationToken).ConfigureAwait(false)).FirstOrDefault(i => i.InstanceId == instanceId);
}

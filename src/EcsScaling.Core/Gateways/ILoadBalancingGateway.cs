using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

/// <summary>Elastic Load Balancing v2 target groups.</summary>
public interface ILoadBalancingGateway
{
    Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken);
}

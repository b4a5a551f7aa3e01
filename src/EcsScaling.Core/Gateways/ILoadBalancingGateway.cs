using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

/// <summary>Elastic Load Balancing v2 target groups.</summary>
public interface ILoadBalancingGateway
{
    Task<IReadOnlyList<TargetGroup>> DescribeTargetGroupsAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken);

    Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken);

    Task DeregisterTargetsAsync(string targetGroupArn, IReadOnlyList<TargetRef> targets, CancellationToken cancellationToken);
}

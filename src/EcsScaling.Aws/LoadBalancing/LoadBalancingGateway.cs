using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.LoadBalancing.LoadBalancingOperations;

namespace EcsScaling.Aws.LoadBalancing;

/// <summary>ILoadBalancingGateway over Elastic Load Balancing v2.</summary>
public sealed class LoadBalancingGateway(IAwsCaller aws) : ILoadBalancingGateway
{
    public Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.DescribeTargetHealth, new QueryParameters().Add("TargetGroupArn", targetGroupArn), cancellationToken);
}

using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.LoadBalancing.LoadBalancingOperations;

namespace EcsScaling.Aws.LoadBalancing;

/// <summary>ILoadBalancingGateway over Elastic Load Balancing v2.</summary>
public sealed class LoadBalancingGateway(IAwsCaller aws) : ILoadBalancingGateway
{
    private const int ArnsPerCall = 20;

    public async Task<IReadOnlyList<TargetGroup>> DescribeTargetGroupsAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken)
    {
        var groups = new List<TargetGroup>();
        foreach (var batch in targetGroupArns.Distinct().Chunk(ArnsPerCall))
        {
            groups.AddRange(await Paging.CollectAsync<TargetGroup>(async marker =>
            {
                var page = await aws.CallAsync(Op.DescribeTargetGroups, new QueryParameters().AddList("TargetGroupArns", batch).Add("Marker", marker), cancellationToken).ConfigureAwait(false);
                return (page.Items, page.NextToken);
            }).ConfigureAwait(false));
        }

        return groups;
    }

    public Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.DescribeTargetHealth, new QueryParameters().Add("TargetGroupArn", targetGroupArn), cancellationToken);

    public async Task DeregisterTargetsAsync(string targetGroupArn, IReadOnlyList<TargetRef> targets, CancellationToken cancellationToken)
    {
        if (targets.Count == 0)
        {
            return;
        }

        var parameters = new QueryParameters().Add("TargetGroupArn", targetGroupArn)
            .AddMembers("Targets", targets, (prefix, t, p) => p.Add($"{prefix}.Id", t.Id).Add($"{prefix}.Port", t.Port));
        await aws.CallAsync(Op.DeregisterTargets, parameters, cancellationToken).ConfigureAwait(false);
    }
}

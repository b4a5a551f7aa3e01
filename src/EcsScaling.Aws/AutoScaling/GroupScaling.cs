using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.AutoScaling.AutoScalingOperations;

namespace EcsScaling.Aws.AutoScaling;

/// <summary>Target-tracking policies of Auto Scaling groups through EC2 Auto Scaling; the group's min/max is its "scalable target".</summary>
public sealed class GroupScaling(IAwsCaller aws, AutoScalingGateway groups)
{
    internal const string TargetTracking = "TargetTrackingScaling";

    public async Task<IReadOnlyList<ScalableTarget>> DescribeTargetsAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken) =>
        groupNames.Count == 0
            ? []
            : [.. (await groups.DescribeGroupsAsync(groupNames, cancellationToken).ConfigureAwait(false))
                .Select(g => new ScalableTarget(new ScalableResource(ScalableResourceKind.AutoScalingGroup, g.Name), g.MinSize, g.MaxSize))];

    public Task<IReadOnlyList<TargetTrackingPolicy>> DescribePoliciesAsync(string groupName, CancellationToken cancellationToken) =>
        Paging.CollectAsync(token => aws.CallAsync(
            Op.DescribePolicies, new QueryParameters().Add("AutoScalingGroupName", groupName).AddList("PolicyTypes", [TargetTracking]).Add("NextToken", token), cancellationToken));

    /// <summary>Cooldowns do not exist for EC2 Auto Scaling target tracking and are not sent.</summary>
    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken)
    {
        var parameters = new QueryParameters().Add("AutoScalingGroupName", policy.Resource.Id).Add("PolicyName", policy.PolicyName).Add("PolicyType", TargetTracking);
        AutoScalingPolicyXml.Write(policy.Configuration, parameters);
        return aws.CallAsync(Op.PutScalingPolicy, parameters, cancellationToken);
    }

    public Task DeletePolicyAsync(string groupName, string policyName, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.DeletePolicy, new QueryParameters().Add("AutoScalingGroupName", groupName).Add("PolicyName", policyName), cancellationToken);
}

using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.AutoScaling.AutoScalingOperations;

namespace EcsScaling.Aws.AutoScaling;

/// <summary>IAutoScalingGateway over EC2 Auto Scaling.</summary>
public sealed class AutoScalingGateway(IAwsCaller aws) : IAutoScalingGateway
{
    private const int GroupNamesPerCall = 100;
    private const int InstanceIdsPerDescribe = 50;
    private const int InstanceIdsPerProtectionCall = 50;

    /// <summary>An empty list describes every group of the account and region (as the API does).</summary>
    public async Task<IReadOnlyList<AutoScalingGroup>> DescribeGroupsAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken) =>
        groupNames.Count == 0
            ? await DescribeGroupPagesAsync([], cancellationToken).ConfigureAwait(false)
            : await Paging.BatchedAsync(groupNames, GroupNamesPerCall, batch => DescribeGroupPagesAsync(batch, cancellationToken)).ConfigureAwait(false);

    /// <summary>DescribeAutoScalingInstances takes at most 50 ids, and answers up to 50 records a page by default: one call per 50.</summary>
    public Task<IReadOnlyList<AutoScalingInstance>> DescribeInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        Paging.BatchedAsync<string, AutoScalingInstance>(instanceIds, InstanceIdsPerDescribe, async batch =>
        {
            var page = await aws.CallAsync(Op.DescribeAutoScalingInstances, new QueryParameters().AddList("InstanceIds", batch), cancellationToken).ConfigureAwait(false);
            return [.. page.Items.Where(i => batch.Contains(i.InstanceId, StringComparer.Ordinal))];
        });

    public Task<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooksAsync(string groupName, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.DescribeLifecycleHooks, new QueryParameters().Add("AutoScalingGroupName", groupName), cancellationToken);

    public Task<LifecycleCompletion> CompleteLifecycleActionAsync(LifecycleActionRef action, LifecycleResult result, CancellationToken cancellationToken) =>
        LifecycleCallAsync(Op.CompleteLifecycleAction, ActionParameters(action).Add("LifecycleActionResult", LifecycleResultText.Wire.Of(result)), cancellationToken);

    public Task<LifecycleCompletion> RecordLifecycleActionHeartbeatAsync(LifecycleActionRef action, CancellationToken cancellationToken) =>
        LifecycleCallAsync(Op.RecordLifecycleActionHeartbeat, ActionParameters(action), cancellationToken);

    public Task SetDesiredCapacityAsync(string groupName, int desiredCapacity, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.SetDesiredCapacity, new QueryParameters().Add("AutoScalingGroupName", groupName).Add("DesiredCapacity", desiredCapacity).Add("HonorCooldown", false), cancellationToken);

    public Task SetInstanceProtectionAsync(string groupName, IReadOnlyList<string> instanceIds, bool protectedFromScaleIn, CancellationToken cancellationToken) =>
        Paging.InBatchesAsync(instanceIds, InstanceIdsPerProtectionCall, batch => aws.CallAsync(
            Op.SetInstanceProtection, new QueryParameters().AddList("InstanceIds", batch).Add("AutoScalingGroupName", groupName).Add("ProtectedFromScaleIn", protectedFromScaleIn), cancellationToken));

    private Task<IReadOnlyList<AutoScalingGroup>> DescribeGroupPagesAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken) =>
        Paging.CollectAsync(token => aws.CallAsync(
            Op.DescribeAutoScalingGroups, new QueryParameters().AddList("AutoScalingGroupNames", groupNames).Add("NextToken", token).Add("MaxRecords", 100), cancellationToken));

    private static QueryParameters ActionParameters(LifecycleActionRef action) => new QueryParameters()
        .Add("LifecycleHookName", action.HookName)
        .Add("AutoScalingGroupName", action.GroupName)
        .Add("LifecycleActionToken", action.Token)
        .Add("InstanceId", action.InstanceId);

    /// <summary>An action that is no longer pending (completed, abandoned, timed out) answers ValidationError.</summary>
    private async Task<LifecycleCompletion> LifecycleCallAsync(QueryOperation<UnreadAnswer> operation, QueryParameters parameters, CancellationToken cancellationToken)
    {
        try
        {
            await aws.CallAsync(operation, parameters, cancellationToken).ConfigureAwait(false);
            return LifecycleCompletion.Completed;
        }
        catch (AwsCallException e) when (e.ErrorCode == AwsErrorCodes.ValidationError)
        {
            return LifecycleCompletion.AlreadyFinished;
        }
    }
}

using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using Aas = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;
using Asg = EcsScaling.Aws.AutoScaling.AutoScalingOperations;
using Cw = EcsScaling.Aws.CloudWatch.CloudWatchOperations;
using EcsOp = EcsScaling.Aws.Ecs.EcsOperations;
using Elb = EcsScaling.Aws.LoadBalancing.LoadBalancingOperations;

namespace EcsScaling.Aws;

/// <summary>
/// Which operations each gateway method may send, as the operation objects themselves (their IAM
/// action, e.g. "ecs:ListTasks", comes from the operation's service and name). Tests check it
/// against the calls the gateways really make, so it is the source for least-privilege policies.
/// </summary>
public static class IamActionCatalog
{
    public static IReadOnlyDictionary<string, IReadOnlyList<AwsOperation>> Methods { get; } = new Dictionary<string, IReadOnlyList<AwsOperation>>
    {
        [Key<IEcsGateway>(nameof(IEcsGateway.DescribeClustersAsync))] = [EcsOp.DescribeClusters],
        [Key<IEcsGateway>(nameof(IEcsGateway.DescribeCapacityProvidersAsync))] = [EcsOp.DescribeCapacityProviders],
        [Key<IEcsGateway>(nameof(IEcsGateway.FindContainerInstanceAsync))] = [EcsOp.ListContainerInstances, EcsOp.DescribeContainerInstances],
        [Key<IEcsGateway>(nameof(IEcsGateway.FindContainerInstanceArnAsync))] = [EcsOp.ListContainerInstances, EcsOp.DescribeContainerInstances],
        [Key<IEcsGateway>(nameof(IEcsGateway.FindContainerInstancesAsync))] = [EcsOp.ListContainerInstances, EcsOp.DescribeContainerInstances],
        [Key<IEcsGateway>(nameof(IEcsGateway.ListContainerInstancesAsync))] = [EcsOp.ListContainerInstances, EcsOp.DescribeContainerInstances],
        [Key<IEcsGateway>(nameof(IEcsGateway.DescribeContainerInstancesAsync))] = [EcsOp.DescribeContainerInstances],
        [Key<IEcsGateway>(nameof(IEcsGateway.UpdateContainerInstancesStateAsync))] = [EcsOp.UpdateContainerInstancesState],
        [Key<IEcsGateway>(nameof(IEcsGateway.ListTaskArnsAsync))] = [EcsOp.ListTasks],
        [Key<IEcsGateway>(nameof(IEcsGateway.DescribeTasksAsync))] = [EcsOp.DescribeTasks],
        [Key<IEcsGateway>(nameof(IEcsGateway.StopTaskAsync))] = [EcsOp.StopTask],
        [Key<IEcsGateway>(nameof(IEcsGateway.GetProtectedTaskArnsAsync))] = [EcsOp.GetTaskProtection],
        [Key<IEcsGateway>(nameof(IEcsGateway.ListServiceArnsAsync))] = [EcsOp.ListServices],
        [Key<IEcsGateway>(nameof(IEcsGateway.DescribeServicesAsync))] = [EcsOp.DescribeServices],
        [Key<IEcsGateway>(nameof(IEcsGateway.PutAttributesAsync))] = [EcsOp.PutAttributes],
        [Key<IEcsGateway>(nameof(IEcsGateway.DeleteAttributesAsync))] = [EcsOp.DeleteAttributes],
        [Key<IEcsGateway>(nameof(IEcsGateway.TagResourceAsync))] = [EcsOp.TagResource],
        [Key<IEcsGateway>(nameof(IEcsGateway.ListTagsAsync))] = [EcsOp.ListTagsForResource],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.DescribeGroupsAsync))] = [Asg.DescribeAutoScalingGroups],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.DescribeInstancesAsync))] = [Asg.DescribeAutoScalingInstances],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.DescribeLifecycleHooksAsync))] = [Asg.DescribeLifecycleHooks],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.CompleteLifecycleActionAsync))] = [Asg.CompleteLifecycleAction],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.RecordLifecycleActionHeartbeatAsync))] = [Asg.RecordLifecycleActionHeartbeat],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.SetInstanceProtectionAsync))] = [Asg.SetInstanceProtection],
        [Key<IAutoScalingGateway>(nameof(IAutoScalingGateway.SetDesiredCapacityAsync))] = [Asg.SetDesiredCapacity],
        [Key<ILoadBalancingGateway>(nameof(ILoadBalancingGateway.DescribeTargetHealthAsync))] = [Elb.DescribeTargetHealth],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.DescribeScalableTargetsAsync))] = [Aas.DescribeScalableTargets, Asg.DescribeAutoScalingGroups],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync))] = [Aas.RegisterScalableTarget],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.DescribePoliciesAsync))] = [Aas.DescribeScalingPolicies, Asg.DescribePolicies],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.PutPolicyAsync))] = [Aas.PutScalingPolicy, Asg.PutScalingPolicy],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.DeletePolicyAsync))] = [Aas.DeleteScalingPolicy, Asg.DeletePolicy],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.PutPredictivePolicyAsync))] = [Aas.PutScalingPolicy],
        [Key<IScalingPolicyGateway>(nameof(IScalingPolicyGateway.GetCapacityForecastAsync))] = [Aas.GetPredictiveScalingForecast],
        [Key<ICloudWatchGateway>(nameof(ICloudWatchGateway.DescribeAlarmsAsync))] = [Cw.DescribeAlarms],
    };

    /// <summary>Every IAM action any gateway method can need, sorted.</summary>
    public static IReadOnlyList<string> AllActions { get; } = [.. Methods.Values.SelectMany(ops => ops).Select(op => op.IamAction).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>IAM actions of one method, keyed "IEcsGateway.ListTaskArnsAsync".</summary>
    public static IReadOnlyList<string> ActionsFor(string method) =>
        Methods.TryGetValue(method, out var operations)
            ? [.. operations.Select(op => op.IamAction)]
            : throw new ArgumentException($"No gateway method '{method}' in the catalog; keys look like 'IEcsGateway.ListTaskArnsAsync'.", nameof(method));

    public static string Key<TGateway>(string method) => $"{typeof(TGateway).Name}.{method}";
}

using EcsScaling.Aws;
using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Core.Gateways;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.ParseEvent;

namespace EcsScaling.Functions.Iam;

/// <summary>
/// Which gateway methods each function may call, and so which IAM actions its role needs.
/// template.yaml must grant exactly <see cref="ActionsFor"/> per function (tests compare them), and
/// a recording test checks that the functions call nothing undeclared.
/// </summary>
public static class FunctionPermissions
{
    private static readonly string[] ClusterRead =
    [
        Ecs(nameof(IEcsGateway.ListContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.ListServiceArnsAsync)),
        Ecs(nameof(IEcsGateway.DescribeServicesAsync)),
        Ecs(nameof(IEcsGateway.ListTaskArnsAsync)),
        Ecs(nameof(IEcsGateway.DescribeTasksAsync)),
    ];

    // Declared before RequiredConditions, whose initializer reads it (static initializers run in order).
    private static readonly IReadOnlyDictionary<string, string?> EcsServiceTargets = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["application-autoscaling:service-namespace"] = EcsServiceScaling.Namespace,
        ["application-autoscaling:scalable-dimension"] = EcsServiceScaling.Dimension,
    };

    private static readonly string[] DrainMethods =
    [
        Ecs(nameof(IEcsGateway.FindContainerInstanceAsync)),
        Ecs(nameof(IEcsGateway.FindContainerInstanceArnAsync)),
        Ecs(nameof(IEcsGateway.FindContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.ListContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.DescribeContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.UpdateContainerInstancesStateAsync)),
        Ecs(nameof(IEcsGateway.ListTaskArnsAsync)),
        Ecs(nameof(IEcsGateway.DescribeTasksAsync)),
        Ecs(nameof(IEcsGateway.StopTaskAsync)),
        Ecs(nameof(IEcsGateway.DescribeServicesAsync)),
        Ecs(nameof(IEcsGateway.PutAttributesAsync)),
        Ecs(nameof(IEcsGateway.DeleteAttributesAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeGroupsAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeInstancesAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeLifecycleHooksAsync)),
        Asg(nameof(IAutoScalingGateway.CompleteLifecycleActionAsync)),
        Asg(nameof(IAutoScalingGateway.RecordLifecycleActionHeartbeatAsync)),
        Asg(nameof(IAutoScalingGateway.SetInstanceProtectionAsync)),
        Elb(nameof(ILoadBalancingGateway.DescribeTargetHealthAsync)),
    ];

    private static readonly string[] RebalanceMethods =
    [
        .. ClusterRead,
        Ecs(nameof(IEcsGateway.DescribeClustersAsync)),
        Ecs(nameof(IEcsGateway.GetProtectedTaskArnsAsync)),
        Ecs(nameof(IEcsGateway.UpdateContainerInstancesStateAsync)),
        Ecs(nameof(IEcsGateway.StopTaskAsync)),
        Ecs(nameof(IEcsGateway.TagResourceAsync)),
    ];

    private static readonly string[] PolicyMethods =
    [
        Ecs(nameof(IEcsGateway.ListTagsAsync)),
        Ecs(nameof(IEcsGateway.TagResourceAsync)),
        Cw(nameof(ICloudWatchGateway.DescribeAlarmsAsync)),
        Sp(nameof(IScalingPolicyGateway.DescribeScalableTargetsAsync)),
        Sp(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync)),
        Sp(nameof(IScalingPolicyGateway.DescribePoliciesAsync)),
        Sp(nameof(IScalingPolicyGateway.PutPolicyAsync)),
        Sp(nameof(IScalingPolicyGateway.DeletePolicyAsync)),
    ];

    /// <summary>Function name → the gateway methods it may call, keyed like <see cref="IamActionCatalog.Methods"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Methods { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ParseEventFunction.Name] = [],
        [FunctionCatalog.Drain] = DrainMethods,
        [FunctionCatalog.Rebalance] = RebalanceMethods,
        [FunctionCatalog.Policies] = PolicyMethods,
        [FunctionCatalog.ClusterMetrics] = ClusterRead,
        [Ops.OpsFunction.FunctionName] = [.. DrainMethods.Concat(RebalanceMethods).Concat(PolicyMethods).Concat(ClusterRead).Distinct(StringComparer.Ordinal)],
    };

    /// <summary>
    /// Actions AWS checks against the caller on top of the operation's own action. Application Auto
    /// Scaling validates the ECS service as the caller when a target is registered (and may create its
    /// service-linked role), and target tracking creates and deletes its alarms with the caller's rights
    /// ("Permissions required for API actions on target services and CloudWatch", Application Auto
    /// Scaling user guide; "IAM permissions required for Amazon ECS service auto scaling").
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ImpliedActions { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Sp(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync))] = ["ecs:DescribeServices", "ecs:UpdateService", "iam:CreateServiceLinkedRole"],
        [Sp(nameof(IScalingPolicyGateway.PutPolicyAsync))] = ["cloudwatch:DescribeAlarms", "cloudwatch:PutMetricAlarm"],
        [Sp(nameof(IScalingPolicyGateway.DeletePolicyAsync))] = ["cloudwatch:DescribeAlarms", "cloudwatch:DeleteAlarms"],
    };

    /// <summary>
    /// Conditions every grant of these actions must carry (a value of null: the key, with any value). The
    /// Application Auto Scaling writes support the namespace and dimension keys, and the gateway only ever
    /// sends ECS services' desired count; ListServices has no resource type, so ecs:cluster scopes it
    /// (Service Authorization Reference: Application Auto Scaling; Amazon ECS).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> RequiredConditions { get; } = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal)
    {
        ["application-autoscaling:RegisterScalableTarget"] = EcsServiceTargets,
        ["application-autoscaling:PutScalingPolicy"] = EcsServiceTargets,
        ["application-autoscaling:DeleteScalingPolicy"] = EcsServiceTargets,
        ["ecs:ListServices"] = new Dictionary<string, string?>(StringComparer.Ordinal) { ["ecs:cluster"] = null },
    };

    /// <summary>Actions the code applies to clusters alone (cluster tags hold rebalance and profile state): granted on cluster ARNs only.</summary>
    public static IReadOnlyList<string> ClusterOnlyActions { get; } = ["ecs:ListTagsForResource", "ecs:TagResource"];

    /// <summary>
    /// Actions a function's role needs for an event source rather than for its own calls: Lambda polls
    /// an SQS event source with the function's role (sqs:ReceiveMessage, sqs:DeleteMessage and
    /// sqs:GetQueueAttributes; Lambda developer guide, "Using Lambda with Amazon SQS"). template.yaml
    /// grants them in queue mode, on the drain queue only.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> EventSourceActions { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [FunctionCatalog.Drain] = ["sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"],
    };

    /// <summary>Every IAM action the function's role needs, sorted.</summary>
    public static IReadOnlyList<string> ActionsFor(string function) =>
        Methods.TryGetValue(function, out var methods)
            ? [.. methods
                .SelectMany(m => IamActionCatalog.ActionsFor(m).Concat(ImpliedActions.GetValueOrDefault(m) ?? []))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)]
            : throw new ArgumentException($"No permissions declared for function '{function}'; known: {string.Join(", ", Methods.Keys)}", nameof(function));

    private static string Ecs(string method) => IamActionCatalog.Key<IEcsGateway>(method);

    private static string Asg(string method) => IamActionCatalog.Key<IAutoScalingGateway>(method);

    private static string Elb(string method) => IamActionCatalog.Key<ILoadBalancingGateway>(method);

    private static string Sp(string method) => IamActionCatalog.Key<IScalingPolicyGateway>(method);

    private static string Cw(string method) => IamActionCatalog.Key<ICloudWatchGateway>(method);
}

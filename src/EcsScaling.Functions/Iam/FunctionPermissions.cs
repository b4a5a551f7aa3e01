using EcsScaling.Aws;
using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Functions.Iam;

/// <summary>
/// Which gateway methods each function may call (each function declares its own, in its folder;
/// FunctionCatalog.Permissions gathers them), and so which IAM actions its role needs. template.yaml
/// must grant exactly <see cref="ActionsFor"/> per function (tests compare them), and a recording test
/// checks that the functions call nothing undeclared.
/// </summary>
public sealed class FunctionPermissions(IReadOnlyDictionary<string, IReadOnlyList<string>> methods)
{
    // Declared before RequiredConditions, whose initializer reads it (static initializers run in order).
    private static readonly IReadOnlyDictionary<string, string?> EcsServiceTargets = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["application-autoscaling:service-namespace"] = EcsServiceScaling.Namespace,
        ["application-autoscaling:scalable-dimension"] = EcsServiceScaling.Dimension,
    };

    /// <summary>Function name → the gateway methods it may call, keyed like <see cref="IamActionCatalog.Methods"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Methods { get; } = methods;

    /// <summary>
    /// Actions AWS checks against the caller on top of the operation's own action. Application Auto
    /// Scaling validates the ECS service as the caller when a target is registered (and may create its
    /// service-linked role), and target tracking creates and deletes its alarms with the caller's rights
    /// ("Permissions required for API actions on target services and CloudWatch", Application Auto
    /// Scaling user guide; "IAM permissions required for Amazon ECS service auto scaling").
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ImpliedActions { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [GatewayMethods.Sp(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync))] = ["ecs:DescribeServices", "ecs:UpdateService", "iam:CreateServiceLinkedRole"],
        [GatewayMethods.Sp(nameof(IScalingPolicyGateway.PutPolicyAsync))] = ["cloudwatch:DescribeAlarms", "cloudwatch:PutMetricAlarm"],
        [GatewayMethods.Sp(nameof(IScalingPolicyGateway.DeletePolicyAsync))] = ["cloudwatch:DescribeAlarms", "cloudwatch:DeleteAlarms"],
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

    /// <summary>Every IAM action the function's role needs, sorted.</summary>
    public IReadOnlyList<string> ActionsFor(string function) =>
        Methods.TryGetValue(function, out var declared)
            ? [.. declared
                .SelectMany(m => IamActionCatalog.ActionsFor(m).Concat(ImpliedActions.GetValueOrDefault(m) ?? []))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)]
            : throw new ArgumentException($"No permissions declared for function '{function}'; known: {string.Join(", ", Methods.Keys)}", nameof(function));
}

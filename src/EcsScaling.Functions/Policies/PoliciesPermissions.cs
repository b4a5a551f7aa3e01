using EcsScaling.Core.Gateways;
using static EcsScaling.Functions.Iam.GatewayMethods;

namespace EcsScaling.Functions.Policies;

/// <summary>The policies function's IAM declaration; Application Auto Scaling checks more actions against the caller (Iam/FunctionPermissions.ImpliedActions).</summary>
public static class PoliciesPermissions
{
    public static IReadOnlyList<string> Methods { get; } =
    [
        Ecs(nameof(IEcsGateway.ListTagsAsync)),
        Ecs(nameof(IEcsGateway.TagResourceAsync)),
        Ecs(nameof(IEcsGateway.DescribeServicesAsync)),
        Cw(nameof(ICloudWatchGateway.DescribeAlarmsAsync)),
        Sp(nameof(IScalingPolicyGateway.DescribeScalableTargetsAsync)),
        Sp(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync)),
        Sp(nameof(IScalingPolicyGateway.DescribePoliciesAsync)),
        Sp(nameof(IScalingPolicyGateway.PutPolicyAsync)),
        Sp(nameof(IScalingPolicyGateway.DeletePolicyAsync)),
        Sp(nameof(IScalingPolicyGateway.PutPredictivePolicyAsync)),
        Sp(nameof(IScalingPolicyGateway.GetCapacityForecastAsync)),
    ];
}

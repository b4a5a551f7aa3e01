using EcsScaling.Aws.Wire;
using Json = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingMessagesJson;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>
/// The Application Auto Scaling operations we call (awsJson1_1, target AnyScaleFrontendService.&lt;Op&gt;),
/// with hand-written bodies for the Native AOT binary's size (see JsonOperation).
/// </summary>
public static class ApplicationAutoScalingOperations
{
    private static readonly AwsService Aas = AwsService.ApplicationAutoScaling;

    public static readonly JsonOperation<RegisterScalableTargetRequest, AasEmptyResponse> RegisterScalableTarget = new(Aas, "RegisterScalableTarget", Json.Write, Json.ReadEmpty);
    public static readonly JsonOperation<DescribeScalableTargetsRequest, DescribeScalableTargetsResponse> DescribeScalableTargets = new(Aas, "DescribeScalableTargets", Json.Write, Json.ReadDescribeScalableTargets);
    public static readonly JsonOperation<PutScalingPolicyRequest, AasEmptyResponse> PutScalingPolicy = new(Aas, "PutScalingPolicy", Json.Write, Json.ReadEmpty);
    public static readonly JsonOperation<DescribeScalingPoliciesRequest, DescribeScalingPoliciesResponse> DescribeScalingPolicies = new(Aas, "DescribeScalingPolicies", Json.Write, Json.ReadDescribeScalingPolicies);
    public static readonly JsonOperation<DeleteScalingPolicyRequest, AasEmptyResponse> DeleteScalingPolicy = new(Aas, "DeleteScalingPolicy", Json.Write, Json.ReadEmpty);
}

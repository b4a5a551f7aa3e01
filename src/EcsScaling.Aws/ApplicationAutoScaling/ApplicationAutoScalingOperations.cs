using System.Text.Json.Serialization.Metadata;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>The Application Auto Scaling operations we call (awsJson1_1, target AnyScaleFrontendService.&lt;Op&gt;).</summary>
public static class ApplicationAutoScalingOperations
{
    private static readonly ApplicationAutoScalingJsonContext Json = ApplicationAutoScalingJsonContext.Default;

    public static readonly JsonOperation<RegisterScalableTargetRequest, AasEmptyResponse> RegisterScalableTarget = New("RegisterScalableTarget", Json.RegisterScalableTargetRequest, Json.AasEmptyResponse);
    public static readonly JsonOperation<DescribeScalableTargetsRequest, DescribeScalableTargetsResponse> DescribeScalableTargets = New("DescribeScalableTargets", Json.DescribeScalableTargetsRequest, Json.DescribeScalableTargetsResponse);
    public static readonly JsonOperation<PutScalingPolicyRequest, AasEmptyResponse> PutScalingPolicy = New("PutScalingPolicy", Json.PutScalingPolicyRequest, Json.AasEmptyResponse);
    public static readonly JsonOperation<DescribeScalingPoliciesRequest, DescribeScalingPoliciesResponse> DescribeScalingPolicies = New("DescribeScalingPolicies", Json.DescribeScalingPoliciesRequest, Json.DescribeScalingPoliciesResponse);
    public static readonly JsonOperation<DeleteScalingPolicyRequest, AasEmptyResponse> DeleteScalingPolicy = New("DeleteScalingPolicy", Json.DeleteScalingPolicyRequest, Json.AasEmptyResponse);

    private static JsonOperation<TRequest, TResponse> New<TRequest, TResponse>(string name, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response) =>
        new(AwsService.ApplicationAutoScaling, name, request, response);
}

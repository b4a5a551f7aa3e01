using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>
/// The Application Auto Scaling operations we call (awsJson1_1, target AnyScaleFrontendService.&lt;Op&gt;),
/// each with the reader of its answer into Core records; EcsServiceScaling writes each request's
/// members. By hand for the Native AOT binary's size (see JsonOperation). AWS always sends the
/// names and ids declared non-nullable; like the former contracts, a missing one reads as null.
/// </summary>
public static class ApplicationAutoScalingOperations
{
    public static readonly JsonOperation<UnreadAnswer> RegisterScalableTarget = Unread("RegisterScalableTarget");

    public static readonly JsonOperation<Page<ScalableTarget>> DescribeScalableTargets = New("DescribeScalableTargets", e => new Page<ScalableTarget>(
        e.Array("ScalableTargets", t => new ScalableTarget(Service(t.String("ResourceId")), t.Int32("MinCapacity"), t.Int32("MaxCapacity"))) ?? [],
        e.String("NextToken")));

    public static readonly JsonOperation<UnreadAnswer> PutScalingPolicy = Unread("PutScalingPolicy");

    /// <summary>Target-tracking and predictive policies, one ResourcePolicies per page: a step scaling policy is not ours to read.</summary>
    public static readonly JsonOperation<Page<ResourcePolicies>> DescribeScalingPolicies = New("DescribeScalingPolicies", e =>
    {
        var (policies, predictive) = (new List<TargetTrackingPolicy>(), new List<PredictivePolicy>());
        e.EachItem("ScalingPolicies", p =>
        {
            var (name, resourceId, type) = (p.String("PolicyName"), p.String("ResourceId"), p.String("PolicyType"));
            if (type == EcsServiceScaling.TargetTracking && p.Object("TargetTrackingScalingPolicyConfiguration", ApplicationAutoScalingPolicyJson.Read) is { } tracking)
            {
                policies.Add(new TargetTrackingPolicy(Service(resourceId), name!, tracking));
            }
            else if (type == EcsServiceScaling.PredictiveScaling && p.Object("PredictiveScalingPolicyConfiguration", PredictiveScalingPolicyJson.Read) is { } forecast)
            {
                predictive.Add(new PredictivePolicy(Service(resourceId), name!, forecast));
            }
        });
        return new Page<ResourcePolicies>([new ResourcePolicies(policies, predictive)], e.String("NextToken"));
    });

    public static readonly JsonOperation<CapacityForecast> GetPredictiveScalingForecast = New("GetPredictiveScalingForecast", PredictiveScalingPolicyJson.ReadForecast);

    public static readonly JsonOperation<UnreadAnswer> DeleteScalingPolicy = Unread("DeleteScalingPolicy");

    private static JsonOperation<T> New<T>(string name, Func<JsonElement, T> read) => new(AwsService.ApplicationAutoScaling, name, read);

    /// <summary>The answer is not read, but like every answer it must be one JSON object (JsonOperation checks).</summary>
    private static JsonOperation<UnreadAnswer> Unread(string name) => New(name, static _ => UnreadAnswer.Instance);

    private static ScalableResource Service(string? resourceId) => new(ScalableResourceKind.EcsService, resourceId!);
}

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

    /// <summary>Only target-tracking policies: a step scaling policy is not ours to read.</summary>
    public static readonly JsonOperation<Page<TargetTrackingPolicy>> DescribeScalingPolicies = New("DescribeScalingPolicies", e =>
    {
        var policies = new List<TargetTrackingPolicy>();
        e.EachItem("ScalingPolicies", p =>
        {
            var (name, resourceId, type) = (p.String("PolicyName"), p.String("ResourceId"), p.String("PolicyType"));
            var configuration = p.Object("TargetTrackingScalingPolicyConfiguration", ApplicationAutoScalingPolicyJson.Read);
            if (type == EcsServiceScaling.TargetTracking && configuration is not null)
            {
                policies.Add(new TargetTrackingPolicy(Service(resourceId), name!, configuration));
            }
        });
        return new Page<TargetTrackingPolicy>(policies, e.String("NextToken"));
    });

    /// <summary>The same call read for the other policy type: only predictive scaling policies.</summary>
    public static readonly JsonOperation<Page<PredictivePolicy>> DescribePredictiveScalingPolicies = New("DescribeScalingPolicies", e =>
    {
        var policies = new List<PredictivePolicy>();
        e.EachItem("ScalingPolicies", p =>
        {
            var (name, resourceId, type) = (p.String("PolicyName"), p.String("ResourceId"), p.String("PolicyType"));
            var configuration = p.Object("PredictiveScalingPolicyConfiguration", PredictiveScalingPolicyJson.Read);
            if (type == EcsServiceScaling.PredictiveScaling && configuration is not null)
            {
                policies.Add(new PredictivePolicy(Service(resourceId), name!, configuration));
            }
        });
        return new Page<PredictivePolicy>(policies, e.String("NextToken"));
    });

    public static readonly JsonOperation<CapacityForecast> GetPredictiveScalingForecast = New("GetPredictiveScalingForecast", PredictiveScalingPolicyJson.ReadForecast);

    public static readonly JsonOperation<UnreadAnswer> DeleteScalingPolicy = Unread("DeleteScalingPolicy");

    private static JsonOperation<T> New<T>(string name, Func<JsonElement, T> read) => new(AwsService.ApplicationAutoScaling, name, read);

    /// <summary>The answer is not read, but like every answer it must be one JSON object (JsonOperation checks).</summary>
    private static JsonOperation<UnreadAnswer> Unread(string name) => New(name, static _ => UnreadAnswer.Instance);

    private static ScalableResource Service(string? resourceId) => new(ScalableResourceKind.EcsService, resourceId!);
}

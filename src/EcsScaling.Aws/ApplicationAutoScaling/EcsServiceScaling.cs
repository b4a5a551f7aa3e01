using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>
/// Scalable targets and target-tracking policies of ECS services through Application Auto Scaling
/// and predictive scaling policies (the ECS half of ScalingPolicyGateway): pagination, batches and every request's members.
/// </summary>
public sealed class EcsServiceScaling(IAwsCaller aws)
{
    public const string Namespace = "ecs";
    public const string Dimension = "ecs:service:DesiredCount";
    internal const string TargetTracking = "TargetTrackingScaling";
    internal const string PredictiveScaling = "PredictiveScaling";
    private const int ResourceIdsPerCall = 50;

    public Task<IReadOnlyList<ScalableTarget>> DescribeTargetsAsync(IReadOnlyList<string> resourceIds, CancellationToken cancellationToken) =>
        Paging.BatchedAsync(resourceIds, ResourceIdsPerCall, batch => Paging.CollectAsync(token => aws.CallAsync(Op.DescribeScalableTargets, w => w
            .String("ServiceNamespace", Namespace).Strings("ResourceIds", batch).String("ScalableDimension", Dimension).String("NextToken", token), cancellationToken)));

    public Task RegisterTargetAsync(ScalableTarget target, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.RegisterScalableTarget, w => Target(w, target.Resource.Id).Number("MinCapacity", target.MinCapacity).Number("MaxCapacity", target.MaxCapacity), cancellationToken);

    public async Task<ResourcePolicies> DescribePoliciesAsync(string resourceId, CancellationToken cancellationToken)
    {
        var pages = await Paging.CollectAsync(token => aws.CallAsync(Op.DescribeScalingPolicies, w => Target(w, resourceId).String("NextToken", token), cancellationToken)).ConfigureAwait(false);
        return new ResourcePolicies([.. pages.SelectMany(p => p.TargetTracking)], [.. pages.SelectMany(p => p.Predictive)]);
    }

    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken) =>
        PutAsync(policy.PolicyName, policy.Resource.Id, TargetTracking, "TargetTrackingScalingPolicyConfiguration", w => ApplicationAutoScalingPolicyJson.Write(w, policy.Configuration), cancellationToken);

    public Task PutPredictivePolicyAsync(PredictivePolicy policy, CancellationToken cancellationToken) =>
        PutAsync(policy.PolicyName, policy.Resource.Id, PredictiveScaling, "PredictiveScalingPolicyConfiguration", w => PredictiveScalingPolicyJson.Write(w, policy.Configuration), cancellationToken);

    public Task<CapacityForecast> GetCapacityForecastAsync(string resourceId, string policyName, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.GetPredictiveScalingForecast, w => Target(w, resourceId).String("PolicyName", policyName)
            .Number("StartTime", PredictiveScalingPolicyJson.EpochSeconds(start)).Number("EndTime", PredictiveScalingPolicyJson.EpochSeconds(end)), cancellationToken);

    public Task DeletePolicyAsync(string resourceId, string policyName, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.DeleteScalingPolicy, w => Target(w.String("PolicyName", policyName), resourceId), cancellationToken);

    /// <summary>PutScalingPolicy: PolicyName, the target, the type, then the type's configuration object.</summary>
    private Task PutAsync(string policyName, string resourceId, string policyType, string configurationMember, Action<Utf8JsonWriter> writeConfiguration, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.PutScalingPolicy, w =>
        {
            Target(w.String("PolicyName", policyName), resourceId).String("PolicyType", policyType);
            w.WriteStartObject(configurationMember);
            writeConfiguration(w);
            w.WriteEndObject();
        }, cancellationToken);

    /// <summary>The members that name an ECS service's scalable target, in the order every request has them.</summary>
    private static Utf8JsonWriter Target(Utf8JsonWriter w, string resourceId) =>
        w.String("ServiceNamespace", Namespace).String("ResourceId", resourceId).String("ScalableDimension", Dimension);
}

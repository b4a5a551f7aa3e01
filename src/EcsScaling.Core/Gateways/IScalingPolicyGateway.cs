using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

/// <summary>
/// Scalable targets and target-tracking policies, for ECS services (Application Auto Scaling)
/// and Auto Scaling groups (EC2 Auto Scaling) alike. For a group, the min/max of its
/// "scalable target" are the group's MinSize/MaxSize and are read-only here.
/// </summary>
public interface IScalingPolicyGateway
{
    Task<IReadOnlyList<ScalableTarget>> DescribeScalableTargetsAsync(IReadOnlyList<ScalableResource> resources, CancellationToken cancellationToken);

    /// <summary>ECS services only: RegisterScalableTarget creates or updates min/max capacity.</summary>
    Task RegisterScalableTargetAsync(ScalableTarget target, CancellationToken cancellationToken);

    /// <summary>Target-tracking and (ECS services) predictive policies attached to the resource, read in one pass; other policy types are not returned.</summary>
    Task<ResourcePolicies> DescribePoliciesAsync(ScalableResource resource, CancellationToken cancellationToken);

    /// <summary>PutScalingPolicy creates or updates by name (idempotent).</summary>
    Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken);

    /// <summary>Deletes a policy of either kind (target tracking or predictive) by name.</summary>
    Task DeletePolicyAsync(ScalableResource resource, string policyName, CancellationToken cancellationToken);

    /// <summary>ECS services only: PutScalingPolicy with PolicyType PredictiveScaling, by name.</summary>
    Task PutPredictivePolicyAsync(PredictivePolicy policy, CancellationToken cancellationToken);

    /// <summary>ECS services only: GetPredictiveScalingForecast's capacity forecast between the two times.</summary>
    Task<CapacityForecast> GetCapacityForecastAsync(ScalableResource resource, string policyName, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);
}

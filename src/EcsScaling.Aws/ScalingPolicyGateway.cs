using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Aws.AutoScaling;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws;

/// <summary>IScalingPolicyGateway: ECS services go to Application Auto Scaling, Auto Scaling groups to EC2 Auto Scaling.</summary>
public sealed class ScalingPolicyGateway(EcsServiceScaling services, GroupScaling groups) : IScalingPolicyGateway
{
    public async Task<IReadOnlyList<ScalableTarget>> DescribeScalableTargetsAsync(IReadOnlyList<ScalableResource> resources, CancellationToken cancellationToken)
    {
        var serviceTargets = await services.DescribeTargetsAsync(Ids(resources, ScalableResourceKind.EcsService), cancellationToken).ConfigureAwait(false);
        var groupTargets = await groups.DescribeTargetsAsync(Ids(resources, ScalableResourceKind.AutoScalingGroup), cancellationToken).ConfigureAwait(false);
        return [.. serviceTargets, .. groupTargets];
    }

    public Task RegisterScalableTargetAsync(ScalableTarget target, CancellationToken cancellationToken) =>
        target.Resource.Kind == ScalableResourceKind.EcsService
            ? services.RegisterTargetAsync(target, cancellationToken)
            : throw new ArgumentException($"Auto Scaling group '{target.Resource.Id}': MinSize/MaxSize are read-only here; only ECS services have a registrable scalable target.", nameof(target));

    public async Task<ResourcePolicies> DescribePoliciesAsync(ScalableResource resource, CancellationToken cancellationToken) =>
        resource.Kind == ScalableResourceKind.EcsService
            ? await services.DescribePoliciesAsync(resource.Id, cancellationToken).ConfigureAwait(false)
            : ResourcePolicies.Of(await groups.DescribePoliciesAsync(resource.Id, cancellationToken).ConfigureAwait(false));

    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken) =>
        policy.Resource.Kind == ScalableResourceKind.EcsService
            ? services.PutPolicyAsync(policy, cancellationToken)
            : groups.PutPolicyAsync(policy, cancellationToken);

    public Task DeletePolicyAsync(ScalableResource resource, string policyName, CancellationToken cancellationToken) =>
        resource.Kind == ScalableResourceKind.EcsService
            ? services.DeletePolicyAsync(resource.Id, policyName, cancellationToken)
            : groups.DeletePolicyAsync(resource.Id, policyName, cancellationToken);

    public Task PutPredictivePolicyAsync(PredictivePolicy policy, CancellationToken cancellationToken)
    {
        _ = EcsOnly(policy.Resource);
        return services.PutPredictivePolicyAsync(policy, cancellationToken);
    }

    public Task<CapacityForecast> GetCapacityForecastAsync(ScalableResource resource, string policyName, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        services.GetCapacityForecastAsync(EcsOnly(resource), policyName, start, end, cancellationToken);

    /// <summary>Predictive scaling is modelled for ECS services only (the document refuses it for groups).</summary>
    private static string EcsOnly(ScalableResource resource) =>
        resource.Kind == ScalableResourceKind.EcsService
            ? resource.Id
            : throw new ArgumentException($"Auto Scaling group '{resource.Id}': predictive scaling is modelled for ECS services only.", nameof(resource));

    private static List<string> Ids(IReadOnlyList<ScalableResource> resources, ScalableResourceKind kind) =>
        [.. resources.Where(r => r.Kind == kind).Select(r => r.Id)];
}

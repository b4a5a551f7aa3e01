using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Gateways;

/// <summary>
/// Scalable targets and target-tracking policies, stored as Application Auto Scaling and EC2
/// Auto Scaling keep them: PutScalingPolicy creates or replaces by name; an ECS service needs a
/// registered scalable target first (ObjectNotFoundException otherwise); a group's min/max are its own.
/// </summary>
public sealed class SimScalingPolicyGateway(AutoScalingModel autoScaling, SimulatedApi api) : IScalingPolicyGateway
{
    private readonly Dictionary<ScalableResource, ScalableTarget> _targets = [];
    private readonly Dictionary<(ScalableResource, string), TargetTrackingPolicy> _policies = [];

    public IReadOnlyCollection<TargetTrackingPolicy> Policies => _policies.Values;

    /// <summary>The registered scalable targets of ECS services (a group's min/max are the group's own).</summary>
    public IReadOnlyCollection<ScalableTarget> Targets => _targets.Values;

    public Task<IReadOnlyList<ScalableTarget>> DescribeScalableTargetsAsync(IReadOnlyList<ScalableResource> resources, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<ScalableTarget>>(ServiceOf(resources.FirstOrDefault()), "DescribeScalableTargets", () =>
            [.. resources.Select(TargetOf).OfType<ScalableTarget>()], cancellationToken);

    public Task RegisterScalableTargetAsync(ScalableTarget target, CancellationToken cancellationToken) =>
        api.CallAsync("application-autoscaling", "RegisterScalableTarget", () =>
        {
            if (target.Resource.Kind != ScalableResourceKind.EcsService || target.MinCapacity < 0 || target.MaxCapacity < target.MinCapacity)
            {
                throw api.Error("application-autoscaling", "RegisterScalableTarget", "ValidationException", $"invalid scalable target {target}");
            }

            _targets[target.Resource] = target;
        }, cancellationToken);

    public Task<IReadOnlyList<TargetTrackingPolicy>> DescribePoliciesAsync(ScalableResource resource, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<TargetTrackingPolicy>>(ServiceOf(resource), "DescribePolicies", () =>
            [.. _policies.Values.Where(p => p.Resource == resource)], cancellationToken);

    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken) =>
        api.CallAsync(ServiceOf(policy.Resource), "PutScalingPolicy", () =>
        {
            if (TargetOf(policy.Resource) is null)
            {
                throw api.Error(ServiceOf(policy.Resource), "PutScalingPolicy", "ObjectNotFoundException", $"No scalable target registered for {policy.Resource.Id}");
            }

            _policies[(policy.Resource, policy.PolicyName)] = policy;
        }, cancellationToken);

    public Task DeletePolicyAsync(ScalableResource resource, string policyName, CancellationToken cancellationToken) =>
        api.CallAsync(ServiceOf(resource), "DeleteScalingPolicy", () =>
        {
            if (!_policies.Remove((resource, policyName)))
            {
                throw api.Error(ServiceOf(resource), "DeleteScalingPolicy", "ObjectNotFoundException", $"No scaling policy {policyName} for {resource.Id}");
            }
        }, cancellationToken);

    private ScalableTarget? TargetOf(ScalableResource resource) => resource.Kind == ScalableResourceKind.AutoScalingGroup
        ? autoScaling.Groups.GetValueOrDefault(resource.Id) is { } g ? new ScalableTarget(resource, g.MinSize, g.MaxSize) : null
        : _targets.GetValueOrDefault(resource);

    private static string ServiceOf(ScalableResource? resource) =>
        resource?.Kind == ScalableResourceKind.AutoScalingGroup ? "autoscaling" : "application-autoscaling";
}

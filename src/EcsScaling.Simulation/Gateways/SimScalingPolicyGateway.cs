using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.AutoScaling.Predictive;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Gateways;

/// <summary>
/// Scalable targets and target-tracking policies, stored as Application Auto Scaling and EC2
/// Auto Scaling keep them: PutScalingPolicy creates or replaces by name; an ECS service needs a
/// registered scalable target first (ObjectNotFoundException otherwise); a group's min/max are its own.
/// Predictive policies (ECS services only) share the name space: putting one kind replaces the other
/// of that name. They are stored, and forecast by CapacityForecaster; ForecastAndScale does not scale here.
/// </summary>
public sealed class SimScalingPolicyGateway(AutoScalingModel autoScaling, SimulatedApi api, CloudWatchModel cloudWatch) : IScalingPolicyGateway
{
    private const string Aas = "application-autoscaling";
    private readonly Dictionary<ScalableResource, ScalableTarget> _targets = [];
    private readonly Dictionary<(ScalableResource, string), TargetTrackingPolicy> _policies = [];
    private readonly Dictionary<(ScalableResource, string), PredictivePolicy> _predictive = [];
    private readonly Dictionary<ScalableResource, List<(DateTimeOffset At, int Capacity)>> _capacity = [];

    public IReadOnlyCollection<PredictivePolicy> PredictivePolicies => _predictive.Values;

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

    public Task<ResourcePolicies> DescribePoliciesAsync(ScalableResource resource, CancellationToken cancellationToken) =>
        api.CallAsync(ServiceOf(resource), "DescribePolicies", () =>
            new ResourcePolicies([.. _policies.Values.Where(p => p.Resource == resource)], [.. _predictive.Values.Where(p => p.Resource == resource)]), cancellationToken);

    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken) =>
        api.CallAsync(ServiceOf(policy.Resource), "PutScalingPolicy", () =>
        {
            if (TargetOf(policy.Resource) is null)
            {
                throw api.Error(ServiceOf(policy.Resource), "PutScalingPolicy", "ObjectNotFoundException", $"No scalable target registered for {policy.Resource.Id}");
            }

            _predictive.Remove((policy.Resource, policy.PolicyName));
            _policies[(policy.Resource, policy.PolicyName)] = policy;
        }, cancellationToken);

    public Task DeletePolicyAsync(ScalableResource resource, string policyName, CancellationToken cancellationToken) =>
        api.CallAsync(ServiceOf(resource), "DeleteScalingPolicy", () =>
        {
            if (!_policies.Remove((resource, policyName)) && !_predictive.Remove((resource, policyName)))
            {
                throw api.Error(ServiceOf(resource), "DeleteScalingPolicy", "ObjectNotFoundException", $"No scaling policy {policyName} for {resource.Id}");
            }
        }, cancellationToken);

    public Task PutPredictivePolicyAsync(PredictivePolicy policy, CancellationToken cancellationToken) =>
        api.CallAsync(Aas, "PutScalingPolicy", () =>
        {
            if (policy.Resource.Kind != ScalableResourceKind.EcsService)
            {
                throw api.Error(Aas, "PutScalingPolicy", "ValidationException", $"predictive scaling is supported on ECS services only, not {policy.Resource.Id}");
            }

            if (TargetOf(policy.Resource) is null)
            {
                throw api.Error(Aas, "PutScalingPolicy", "ObjectNotFoundException", $"No scalable target registered for {policy.Resource.Id}");
            }

            _policies.Remove((policy.Resource, policy.PolicyName));
            _predictive[(policy.Resource, policy.PolicyName)] = policy;
        }, cancellationToken);

    public Task<CapacityForecast> GetCapacityForecastAsync(ScalableResource resource, string policyName, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        api.CallAsync(Aas, "GetPredictiveScalingForecast", () =>
        {
            if (!_predictive.TryGetValue((resource, policyName), out var policy) || TargetOf(resource) is not { } target)
            {
                throw api.Error(Aas, "GetPredictiveScalingForecast", "ObjectNotFoundException", $"No predictive scaling policy {policyName} for {resource.Id}");
            }

            return CapacityForecaster.Forecast(policy, target, cloudWatch, _capacity.GetValueOrDefault(resource) ?? [], start, end, api.Now);
        }, cancellationToken);

    /// <summary>The capacity Application Auto Scaling saw for a target (ServiceScaler records it every minute), the forecast's history of capacity.</summary>
    public void RecordCapacity(ScalableResource resource, DateTimeOffset at, int capacity)
    {
        if (!_capacity.TryGetValue(resource, out var history))
        {
            _capacity[resource] = history = [];
        }

        if (history.Count == 0 || history[^1].Capacity != capacity)
        {
            history.Add((at, capacity));
        }
    }

    private ScalableTarget? TargetOf(ScalableResource resource) => resource.Kind == ScalableResourceKind.AutoScalingGroup
        ? autoScaling.Groups.GetValueOrDefault(resource.Id) is { } g ? new ScalableTarget(resource, g.MinSize, g.MaxSize) : null
        : _targets.GetValueOrDefault(resource);

    private static string ServiceOf(ScalableResource? resource) =>
        resource?.Kind == ScalableResourceKind.AutoScalingGroup ? "autoscaling" : "application-autoscaling";
}

using System.Globalization;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>
/// In-memory Application Auto Scaling / EC2 Auto Scaling policies that answer the way AWS does:
/// ECS cooldowns left out come back as 300 s, target values come back through a 15-digit text
/// round trip (JSON/XML), dimensions come back in another order, ASG policies have no cooldowns,
/// PutScalingPolicy on a service without a scalable target is ObjectNotFoundException, and a
/// group's min/max cannot be registered here.
/// </summary>
public sealed class FakeScalingPolicies : IScalingPolicyGateway
{
    private const string Service = "application-autoscaling";

    public Dictionary<ScalableResource, ScalableTarget> Targets { get; } = [];

    public Dictionary<ScalableResource, Dictionary<string, TargetTrackingPolicy>> Policies { get; } = [];

    public Dictionary<ScalableResource, Dictionary<string, PredictivePolicy>> Predictive { get; } = [];

    /// <summary>What GetCapacityForecastAsync answers, per policy name (none: an empty forecast).</summary>
    public Dictionary<string, CapacityForecast> Forecasts { get; } = new(StringComparer.Ordinal);

    public CallLog Calls { get; } = new();

    /// <summary>A group's min/max as EC2 Auto Scaling reports them.</summary>
    public void AddGroup(string groupName, int minSize, int maxSize)
    {
        var resource = new ScalableResource(ScalableResourceKind.AutoScalingGroup, groupName);
        Targets[resource] = new ScalableTarget(resource, minSize, maxSize);
    }

    /// <summary>A policy created by someone else (console, another tool), stored as AWS would store it.</summary>
    public void Seed(TargetTrackingPolicy policy) => Store(policy);

    public IReadOnlyList<TargetTrackingPolicy> All => [.. Policies.Values.SelectMany(p => p.Values)];

    public Task<IReadOnlyList<ScalableTarget>> DescribeScalableTargetsAsync(IReadOnlyList<ScalableResource> resources, CancellationToken cancellationToken)
    {
        Calls.Record("DescribeScalableTargets");
        return Task.FromResult<IReadOnlyList<ScalableTarget>>([.. resources.Where(Targets.ContainsKey).Select(r => Targets[r])]);
    }

    public Task RegisterScalableTargetAsync(ScalableTarget target, CancellationToken cancellationToken)
    {
        Calls.Record("RegisterScalableTarget");
        if (target.Resource.Kind != ScalableResourceKind.EcsService)
        {
            throw Error("RegisterScalableTarget", "ValidationException", $"{target.Resource.Id} is an Auto Scaling group; its size is not a scalable target here");
        }

        if (target.MinCapacity < 0 || target.MinCapacity > target.MaxCapacity)
        {
            throw Error("RegisterScalableTarget", "ValidationException", $"minimum capacity {target.MinCapacity} cannot be greater than maximum capacity {target.MaxCapacity}");
        }

        Targets[target.Resource] = target;
        return Task.CompletedTask;
    }

    public Task<ResourcePolicies> DescribePoliciesAsync(ScalableResource resource, CancellationToken cancellationToken)
    {
        Calls.Record("DescribeScalingPolicies");
        return Task.FromResult(new ResourcePolicies(
            Policies.TryGetValue(resource, out var policies) ? [.. policies.Values] : [],
            Predictive.TryGetValue(resource, out var predictive) ? [.. predictive.Values] : []));
    }

    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken)
    {
        Calls.Record("PutScalingPolicy");
        if (policy.Resource.Kind == ScalableResourceKind.EcsService && !Targets.ContainsKey(policy.Resource))
        {
            throw Error("PutScalingPolicy", "ObjectNotFoundException", $"No scalable target registered for service namespace: ecs, resource ID: {policy.Resource.Id}");
        }

        Store(policy);
        return Task.CompletedTask;
    }

    public Task DeletePolicyAsync(ScalableResource resource, string policyName, CancellationToken cancellationToken)
    {
        Calls.Record("DeleteScalingPolicy");
        var removed = (Policies.TryGetValue(resource, out var policies) && policies.Remove(policyName))
            | (Predictive.TryGetValue(resource, out var predictive) && predictive.Remove(policyName));
        if (!removed)
        {
            throw Error("DeleteScalingPolicy", "ObjectNotFoundException", $"No scaling policy found for service namespace: ecs, resource ID: {resource.Id}, policy name: {policyName}");
        }

        return Task.CompletedTask;
    }

    /// <summary>Stored as AWS answers: the defaults AWS fills in come back filled in.</summary>
    public Task PutPredictivePolicyAsync(PredictivePolicy policy, CancellationToken cancellationToken)
    {
        Calls.Record("PutScalingPolicy");
        if (!Targets.ContainsKey(policy.Resource))
        {
            throw Error("PutScalingPolicy", "ObjectNotFoundException", $"No scalable target registered for service namespace: ecs, resource ID: {policy.Resource.Id}");
        }

        if (!Predictive.TryGetValue(policy.Resource, out var policies))
        {
            Predictive[policy.Resource] = policies = new Dictionary<string, PredictivePolicy>(StringComparer.Ordinal);
        }

        var c = policy.Configuration;
        policies[policy.PolicyName] = policy with
        {
            Configuration = c with
            {
                Mode = c.Mode ?? PredictiveScalingMode.ForecastOnly,
                SchedulingBufferSeconds = c.SchedulingBufferSeconds ?? 300,
                MaxCapacityBreachBehavior = c.MaxCapacityBreachBehavior ?? MaxCapacityBreachBehavior.HonorMaxCapacity,
            },
        };
        return Task.CompletedTask;
    }

    public Task<CapacityForecast> GetCapacityForecastAsync(ScalableResource resource, string policyName, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        Calls.Record("GetPredictiveScalingForecast");
        return Task.FromResult(Forecasts.GetValueOrDefault(policyName) ?? new CapacityForecast([], null));
    }

    private void Store(TargetTrackingPolicy policy)
    {
        if (!Policies.TryGetValue(policy.Resource, out var policies))
        {
            Policies[policy.Resource] = policies = new Dictionary<string, TargetTrackingPolicy>(StringComparer.Ordinal);
        }

        policies[policy.PolicyName] = policy with { Configuration = AsAwsAnswers(policy.Configuration, policy.Resource.Kind) };
    }

    private static TargetTrackingConfiguration AsAwsAnswers(TargetTrackingConfiguration configuration, ScalableResourceKind kind)
    {
        var isService = kind == ScalableResourceKind.EcsService;
        return configuration with
        {
            TargetValue = double.Parse(configuration.TargetValue.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            ScaleInCooldownSeconds = isService ? configuration.ScaleInCooldownSeconds ?? 300 : null,
            ScaleOutCooldownSeconds = isService ? configuration.ScaleOutCooldownSeconds ?? 300 : null,
            CustomizedMetric = configuration.CustomizedMetric is { } metric ? metric with { Dimensions = [.. metric.Dimensions.Reverse()] } : null,
        };
    }

    private static AwsCallException Error(string operation, string code, string message) => new(Service, operation, code, message, "fake-request-id", 400);
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>A policy while the base and a profile are being layered; Path names its latest source.</summary>
internal sealed record PolicyDraft(string Name, string Path, PolicyJson Json);

/// <summary>One resource while the base and a profile are being layered, remembering where each value came from.</summary>
internal sealed class ResourceDraft(ScalableResource resource, string path)
{
    public ScalableResource Resource { get; } = resource;

    public string Path { get; set; } = path;

    public int? MinCapacity { get; set; }

    public int? MaxCapacity { get; set; }

    public List<PolicyDraft> Policies { get; private init; } = [];

    public ResourceDraft Clone() =>
        new(Resource, Path) { MinCapacity = MinCapacity, MaxCapacity = MaxCapacity, Policies = [.. Policies] };

    /// <summary>A profile's policy with the name of an existing one overrides only the fields it sets.</summary>
    public void Overlay(string name, string policyPath, PolicyJson json)
    {
        var index = Policies.FindIndex(p => p.Name == name);
        if (index < 0)
        {
            Policies.Add(new PolicyDraft(name, policyPath, json));
            return;
        }

        var before = Policies[index].Json;
        Policies[index] = new PolicyDraft(name, policyPath, new PolicyJson
        {
            Name = name,
            Metric = json.Metric ?? before.Metric,
            ResourceLabel = json.ResourceLabel ?? before.ResourceLabel,
            CustomizedMetric = json.CustomizedMetric ?? before.CustomizedMetric,
            TargetValue = json.TargetValue ?? before.TargetValue,
            ScaleInCooldownSeconds = json.ScaleInCooldownSeconds ?? before.ScaleInCooldownSeconds,
            ScaleOutCooldownSeconds = json.ScaleOutCooldownSeconds ?? before.ScaleOutCooldownSeconds,
            DisableScaleIn = json.DisableScaleIn ?? before.DisableScaleIn,
            Predictive = Overlay(json.Predictive, before.Predictive),
        });
    }

    /// <summary>
    /// A profile's predictive settings override field by field too, so "mode" alone switches a policy to
    /// ForecastAndScale; naming the other metric form replaces the base's, and HonorMaxCapacity drops its buffer.
    /// </summary>
    private static PredictiveJson? Overlay(PredictiveJson? json, PredictiveJson? before) => json is null || before is null ? json ?? before : new PredictiveJson
    {
        MetricPair = json.MetricPair ?? ((json.ScalingMetric ?? json.LoadMetric) is null ? before.MetricPair : null),
        ScalingMetric = json.ScalingMetric ?? (json.MetricPair is null ? before.ScalingMetric : null),
        LoadMetric = json.LoadMetric ?? (json.MetricPair is null ? before.LoadMetric : null),
        Mode = json.Mode ?? before.Mode,
        SchedulingBufferSeconds = json.SchedulingBufferSeconds ?? before.SchedulingBufferSeconds,
        MaxCapacityBreachBehavior = json.MaxCapacityBreachBehavior ?? before.MaxCapacityBreachBehavior,
        MaxCapacityBuffer = json.MaxCapacityBuffer ?? (json.MaxCapacityBreachBehavior == nameof(Model.MaxCapacityBreachBehavior.HonorMaxCapacity) ? null : before.MaxCapacityBuffer),
    };
}

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
        });
    }
}

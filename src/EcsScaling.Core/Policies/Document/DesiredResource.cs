using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>A policy as the document names it; the AWS policy name is the configured prefix plus Name.</summary>
public sealed record PolicySpec(string Name, TargetTrackingConfiguration Configuration);

/// <summary>A predictive scaling policy as the document names it (ECS services only).</summary>
public sealed record PredictivePolicySpec(string Name, PredictiveScalingConfiguration Configuration);

/// <summary>
/// What one scalable resource should look like under a profile. Target is null for an Auto
/// Scaling group, whose min/max belong to the group and are not managed here. Predictive holds
/// the document's predictive policies (null: none).
/// </summary>
public sealed record DesiredResource(ScalableResource Resource, ScalableTarget? Target, IReadOnlyList<PolicySpec> Policies, IReadOnlyList<PredictivePolicySpec>? Predictive = null)
{
    public IReadOnlyList<PredictivePolicySpec> PredictivePolicies => Predictive ?? [];
}

/// <summary>The base document with one profile's overrides applied.</summary>
public sealed record ResolvedProfile(string Name, IReadOnlyList<DesiredResource> Resources);

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Reconcile;

public enum DriftSubject
{
    ScalableTarget,
    Policy,
    PredictivePolicy,
}

public enum DriftAction
{
    Create,
    Update,
    Delete,
}

/// <summary>One field that differs; Expected is the document's value, Actual what AWS has (null: absent).</summary>
public sealed record FieldDifference(string Field, string? Expected, string? Actual);

/// <summary>A serializable line of the drift report (the CLI renders these as a table).</summary>
public sealed record DriftItem(
    ScalableResourceKind ResourceKind,
    string ResourceId,
    DriftSubject Subject,
    string Name,
    DriftAction Action,
    IReadOnlyList<FieldDifference> Differences);

/// <summary>One AWS call that brings a resource in line with the document.</summary>
public abstract record PolicyChange(DriftItem Drift);

public sealed record RegisterTargetChange(DriftItem Drift, ScalableTarget Target) : PolicyChange(Drift);

public sealed record PutPolicyChange(DriftItem Drift, TargetTrackingPolicy Policy) : PolicyChange(Drift);

public sealed record PutPredictivePolicyChange(DriftItem Drift, PredictivePolicy Policy) : PolicyChange(Drift);

public sealed record DeletePolicyChange(DriftItem Drift, ScalableResource Resource, string PolicyName) : PolicyChange(Drift);

/// <summary>What AWS has for one resource: its scalable target (if registered), its target-tracking policies and its predictive ones (null: none).</summary>
public sealed record DescribedResource(ScalableResource Resource, ScalableTarget? Target, IReadOnlyList<TargetTrackingPolicy> Policies, IReadOnlyList<PredictivePolicy>? Predictive = null)
{
    public IReadOnlyList<PredictivePolicy> PredictivePolicies => Predictive ?? [];
}

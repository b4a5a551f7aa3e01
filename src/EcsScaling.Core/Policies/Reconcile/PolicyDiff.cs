using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies.Reconcile;

/// <summary>
/// The pure reconciliation step: desired resources against what AWS described, giving only the
/// calls that change something. Order matters to AWS: a service's scalable target is registered
/// before its policies are put, and a policy is replaced before stale ones are deleted, so the
/// resource is never left without scaling. Policies without our name prefix are never deleted.
/// Predictive policies (ECS services) are put and deleted alongside the target-tracking ones; a name
/// the document uses for either kind is never deleted (PutScalingPolicy is by name; the put comes first).
/// </summary>
public static class PolicyDiff
{
    public static IReadOnlyList<PolicyChange> Compute(IReadOnlyList<DesiredResource> desired, IReadOnlyList<DescribedResource> described, string namePrefix)
    {
        var registers = new List<PolicyChange>();
        var puts = new List<PolicyChange>();
        var deletes = new List<PolicyChange>();
        foreach (var want in desired)
        {
            var have = described.FirstOrDefault(d => d.Resource == want.Resource);
            if (want.Target is { } target && TargetChange(target, have?.Target) is { } register)
            {
                registers.Add(register);
            }

            var wanted = want.Policies.Select(p => new TargetTrackingPolicy(want.Resource, namePrefix + p.Name, p.Configuration)).ToList();
            var existing = have?.Policies ?? [];
            var forecasts = want.PredictivePolicies.Select(p => new PredictivePolicy(want.Resource, namePrefix + p.Name, p.Configuration)).ToList();
            var existingForecasts = have?.PredictivePolicies ?? [];
            var names = wanted.Select(w => w.PolicyName).Concat(forecasts.Select(f => f.PolicyName)).ToHashSet(StringComparer.Ordinal);
            puts.AddRange(wanted.Select(p => PutChange(p, existing.FirstOrDefault(e => e.PolicyName == p.PolicyName))).OfType<PolicyChange>());
            puts.AddRange(forecasts.Select(p => PutChange(p, existingForecasts.FirstOrDefault(e => e.PolicyName == p.PolicyName))).OfType<PolicyChange>());
            deletes.AddRange(existing.Where(e => Ours(e.PolicyName, namePrefix, names)).Select(DeleteChange));
            deletes.AddRange(existingForecasts.Where(e => Ours(e.PolicyName, namePrefix, names)).Select(DeleteChange));
        }

        return [.. registers, .. puts, .. deletes];
    }

    private static RegisterTargetChange? TargetChange(ScalableTarget target, ScalableTarget? existing)
    {
        var differences = PolicyComparer.Differences(target, existing);
        return differences.Count == 0
            ? null
            : new RegisterTargetChange(Drift(target.Resource, DriftSubject.ScalableTarget, "capacity", existing is null ? DriftAction.Create : DriftAction.Update, differences), target);
    }

    private static PutPolicyChange? PutChange(TargetTrackingPolicy policy, TargetTrackingPolicy? existing)
    {
        var differences = PolicyComparer.Differences(policy.Configuration, existing?.Configuration, policy.Resource.Kind);
        return differences.Count == 0
            ? null
            : new PutPolicyChange(Drift(policy.Resource, DriftSubject.Policy, policy.PolicyName, existing is null ? DriftAction.Create : DriftAction.Update, differences), policy);
    }

    private static bool Ours(string policyName, string namePrefix, HashSet<string> wanted) =>
        policyName.StartsWith(namePrefix, StringComparison.Ordinal) && !wanted.Contains(policyName);

    private static PutPredictivePolicyChange? PutChange(PredictivePolicy policy, PredictivePolicy? existing)
    {
        var differences = PredictiveComparer.Differences(policy.Configuration, existing?.Configuration);
        return differences.Count == 0
            ? null
            : new PutPredictivePolicyChange(Drift(policy.Resource, DriftSubject.PredictivePolicy, policy.PolicyName, existing is null ? DriftAction.Create : DriftAction.Update, differences), policy);
    }

    private static DeletePolicyChange DeleteChange(PredictivePolicy existing) =>
        new(Drift(existing.Resource, DriftSubject.PredictivePolicy, existing.PolicyName, DriftAction.Delete, PredictiveComparer.Differences(null, existing.Configuration)),
            existing.Resource, existing.PolicyName);

    private static DeletePolicyChange DeleteChange(TargetTrackingPolicy existing) =>
        new(Drift(existing.Resource, DriftSubject.Policy, existing.PolicyName, DriftAction.Delete,
            PolicyComparer.Differences(null, existing.Configuration, existing.Resource.Kind)), existing.Resource, existing.PolicyName);

    private static DriftItem Drift(ScalableResource resource, DriftSubject subject, string name, DriftAction action, IReadOnlyList<FieldDifference> differences) =>
        new(resource.Kind, resource.Id, subject, name, action, differences);
}

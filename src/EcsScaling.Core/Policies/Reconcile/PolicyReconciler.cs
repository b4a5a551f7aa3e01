using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies.Reconcile;

/// <summary>
/// Describes what AWS has for a profile's resources, diffs it against the profile, and applies
/// only the differences. Touches scalable targets and our own policies, nothing else: never a
/// desired count, never the alarms target tracking owns.
/// </summary>
public sealed class PolicyReconciler(IScalingPolicyGateway gateway, ITelemetry telemetry, string namePrefix)
{
    private const string ObjectNotFound = "ObjectNotFoundException";

    public async Task<IReadOnlyList<PolicyChange>> PlanAsync(ResolvedProfile profile, CancellationToken cancellationToken)
    {
        var resources = profile.Resources.Select(r => r.Resource).ToList();
        var targets = resources.Count == 0 ? [] : await gateway.DescribeScalableTargetsAsync(resources, cancellationToken);
        var described = new List<DescribedResource>(resources.Count);
        foreach (var resource in resources)
        {
            var policies = await gateway.DescribePoliciesAsync(resource, cancellationToken);
            described.Add(new DescribedResource(resource, targets.FirstOrDefault(t => t.Resource == resource), policies.TargetTracking, policies.Predictive));
        }

        return PolicyDiff.Compute(profile.Resources, described, namePrefix);
    }

    /// <summary>Applies the changes in plan order; logs each one first so a failure mid-way still shows what was attempted.</summary>
    public async Task ApplyAsync(string profile, IReadOnlyList<PolicyChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            var drift = change.Drift;
            telemetry.Log(LogLevel.Info, "policy change", ("profile", profile), ("action", drift.Action.ToString()), ("subject", drift.Subject.ToString()),
                ("resourceId", drift.ResourceId), ("name", drift.Name), ("fields", string.Join(",", drift.Differences.Select(d => $"{d.Field}:{d.Actual ?? "-"}->{d.Expected ?? "-"}"))));
            var call = change switch
            {
                RegisterTargetChange register => gateway.RegisterScalableTargetAsync(register.Target, cancellationToken),
                PutPolicyChange put => gateway.PutPolicyAsync(put.Policy, cancellationToken),
                PutPredictivePolicyChange put => gateway.PutPredictivePolicyAsync(put.Policy, cancellationToken),
                DeletePolicyChange delete => DeleteAsync(delete, cancellationToken),
                _ => throw new InvalidOperationException($"unknown policy change {change.GetType().Name}"),
            };
            await call;
        }
    }

    /// <summary>A concurrent run (a duplicated event) may have deleted it first: gone is what we wanted.</summary>
    private async Task DeleteAsync(DeletePolicyChange delete, CancellationToken cancellationToken)
    {
        try
        {
            await gateway.DeletePolicyAsync(delete.Resource, delete.PolicyName, cancellationToken);
        }
        catch (AwsCallException e) when (e.ErrorCode == ObjectNotFound)
        {
            telemetry.Log(LogLevel.Info, "policy already deleted", ("resourceId", delete.Resource.Id), ("name", delete.PolicyName), ("requestId", e.RequestId));
        }
    }
}

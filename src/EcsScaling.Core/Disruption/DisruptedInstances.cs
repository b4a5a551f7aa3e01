using EcsScaling.Core.Model;

namespace EcsScaling.Core.Disruption;

/// <summary>
/// A cluster's instances as a budget sees them: how many count towards a percentage (ACTIVE and
/// DRAINING container instances, as Karpenter counts its initialized nodes that are not yet
/// terminating) and which are disrupted now, by reason. A DRAINING instance says why through the
/// drain's reason attribute; the rebalance's drained instance through its wave tag; instances a
/// consolidation freed hold only daemons until scale-in takes them, and count as disrupted till then.
/// </summary>
public sealed record DisruptedInstances(int Total, IReadOnlyDictionary<DisruptionReason, int> ByReason)
{
    /// <summary>The container instance attribute the drain capability records its reason in.</summary>
    public const string DrainReasonAttribute = "ecs-scaling.drain-reason";

    public int Count => ByReason.Values.Sum();

    public int Of(DisruptionReason reason) => ByReason.GetValueOrDefault(reason);

    /// <summary>One more instance disrupted for the reason: a drain already decided on, not yet DRAINING.</summary>
    public DisruptedInstances Plus(DisruptionReason reason) =>
        this with { ByReason = new Dictionary<DisruptionReason, int>(ByReason) { [reason] = Of(reason) + 1 } };

    /// <param name="rebalanceDrained">The container instance ARN the rebalance wave in progress drains, if any.</param>
    /// <param name="freedByConsolidation">Container instance ARNs earlier waves freed, still in the cluster.</param>
    public static DisruptedInstances Of(IEnumerable<ContainerInstance> instances, string? rebalanceDrained = null, IReadOnlySet<string>? freedByConsolidation = null)
    {
        var total = 0;
        var byReason = new Dictionary<DisruptionReason, int>();
        foreach (var instance in instances)
        {
            if (instance.Status is not (ContainerInstanceStatus.Active or ContainerInstanceStatus.Draining))
            {
                continue;
            }

            total++;
            DisruptionReason? reason = instance.Status == ContainerInstanceStatus.Draining
                ? instance.Arn == rebalanceDrained ? DisruptionReason.Rebalance : ReasonOf(instance.Attributes.GetValueOrDefault(DrainReasonAttribute))
                : freedByConsolidation?.Contains(instance.Arn) == true ? DisruptionReason.Consolidation : null;
            if (reason is { } r)
            {
                byReason[r] = byReason.GetValueOrDefault(r) + 1;
            }
        }

        return new DisruptedInstances(total, byReason);
    }

    /// <summary>The drain's recorded reason: the terminate hook's (the sweeper's included) is a scale-in; anything unknown is Other.</summary>
    public static DisruptionReason ReasonOf(string? drainReason) =>
        drainReason is null ? DisruptionReason.Other
        : drainReason.StartsWith("terminate-hook", StringComparison.Ordinal) ? DisruptionReason.ScaleIn
        : DisruptionReasonText.Parse(drainReason) ?? DisruptionReason.Other;

    /// <summary>"2 disrupted (scale-in 1, rebalance 1) of 10".</summary>
    public string Describe() =>
        $"{Count} disrupted" + (Count == 0 ? "" : $" ({string.Join(", ", ByReason.OrderBy(p => p.Key).Select(p => $"{DisruptionReasonText.Of(p.Key)} {p.Value}"))})") + $" of {Total}";
}

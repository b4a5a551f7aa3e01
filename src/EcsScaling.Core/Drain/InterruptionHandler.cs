using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Spot interruption warnings (2 minutes, cannot be extended) and rebalance recommendations:
/// DRAINING at once when configured to; no lifecycle action is involved. A recommendation is only
/// a raised risk, so it drains only what <see cref="RecommendationGuard"/> allows.
/// </summary>
public sealed class InterruptionHandler(DrainContext context)
{
    public const string Step = "interruption";
    public const string SpotWarningKind = "spot-interruption";
    public const string RecommendationKind = "rebalance-recommendation";

    public async Task<DrainDecision> HandleAsync(string instanceId, string kind, InterruptionBehaviour behaviour, CancellationToken cancellationToken)
    {
        if (behaviour == InterruptionBehaviour.Ignore)
        {
            return DrainDecision.Ignored(Step, instanceId, $"{kind}: configured to ignore");
        }

        var instance = await new InstanceLocator(context).FindAsync(instanceId, cancellationToken);
        if (instance is null || !DrainStarter.CanDrain(instance))
        {
            return DrainDecision.Ignored(Step, instanceId, $"{kind}: {(instance is null ? "not in any of our clusters" : $"container instance is {instance.Status}")}");
        }

        if (kind == RecommendationKind && await new RecommendationGuard(context).HoldAsync(instance, cancellationToken) is { } held)
        {
            return DrainDecision.Ignored(Step, instanceId, $"{kind}: {held}");
        }

        var reason = kind == RecommendationKind ? DisruptionReason.RebalanceRecommendation : DisruptionReason.SpotInterruption;
        return await new DisruptionGate(context).PassAsync(DrainStarter.Decide(Step, instance, kind, context.Now), instance, reason, cancellationToken);
    }
}

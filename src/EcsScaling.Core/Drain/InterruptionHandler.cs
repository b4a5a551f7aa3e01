namespace EcsScaling.Core.Drain;

/// <summary>
/// Spot interruption warnings (2 minutes, cannot be extended) and rebalance recommendations:
/// DRAINING at once when configured to; no lifecycle action is involved.
/// </summary>
public sealed class InterruptionHandler(DrainContext context)
{
    public const string Step = "interruption";

    public async Task<DrainDecision> HandleAsync(string instanceId, string kind, InterruptionBehaviour behaviour, CancellationToken ct)
    {
        if (behaviour == InterruptionBehaviour.Ignore)
        {
            return DrainDecision.Ignored(Step, instanceId, $"{kind}: configured to ignore");
        }

        var instance = await new InstanceLocator(context).FindAsync(instanceId, ct);
        if (instance is null || !DrainStarter.CanDrain(instance))
        {
            return DrainDecision.Ignored(Step, instanceId, $"{kind}: {(instance is null ? "not in any of our clusters" : $"container instance is {instance.Status}")}");
        }

        return DrainStarter.Decide(Step, instance, kind, context.Now);
    }
}

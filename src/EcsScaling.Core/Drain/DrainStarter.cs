using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Pre-drain: DRAINING first (the step that matters), then the drain-start attribute. If the
/// second call fails, the instance is DRAINING without a start and the next invocation records it.
/// </summary>
public static class DrainStarter
{
    public static bool CanDrain(ContainerInstance instance) => instance.Status is ContainerInstanceStatus.Active or ContainerInstanceStatus.Draining;

    /// <summary>Idempotent: an instance already DRAINING with a recorded start needs nothing.</summary>
    public static IReadOnlyList<DrainAction> Plan(ContainerInstance instance, string reason, DateTimeOffset now)
    {
        var actions = new List<DrainAction>();
        if (instance.Status == ContainerInstanceStatus.Active)
        {
            actions.Add(DrainAction.SetDraining(instance));
        }

        if (DrainAttributes.ReadTime(instance.Attributes, DrainAttributes.DrainStarted) is null)
        {
            actions.Add(DrainAction.PutAttributes(instance, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DrainAttributes.DrainStarted] = DrainAttributes.FormatTime(now),
                [DrainAttributes.DrainReason] = reason,
            }));
        }

        return actions;
    }

    public static string Describe(ContainerInstance instance, IReadOnlyList<DrainAction> actions) =>
        actions.Count > 0
            ? $"setting {instance.Ec2InstanceId} DRAINING (was {instance.Status})"
            : $"already DRAINING since {instance.Attributes[DrainAttributes.DrainStarted]}";

    public static DrainDecision Decide(string step, ContainerInstance instance, string reason, DateTimeOffset now, string? groupName = null, string? hookName = null)
    {
        var actions = Plan(instance, reason, now);
        return new DrainDecision(step, instance.Ec2InstanceId, $"{reason}: {Describe(instance, actions)}", actions,
            groupName, instance.ClusterArn, instance.Arn, hookName);
    }
}

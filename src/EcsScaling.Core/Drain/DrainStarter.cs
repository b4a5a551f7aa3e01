using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Pre-drain: the drain attributes first, then DRAINING, so that every DRAINING event already
/// carries the start and the group (the completion check then needs no describe). If DRAINING
/// fails, the instance is ACTIVE with a start recorded; the retry or the sweeper sets DRAINING and,
/// since an ACTIVE instance is not draining, records a fresh start: a stale one is never trusted.
/// </summary>
public static class DrainStarter
{
    /// <summary>
    /// The drain reason of a terminate-hook drain the sweeper had to start (its event was lost or
    /// throttled, as in a mass scale-in): the sweeper completes such drains in batches, and their
    /// events are not worth a check of their own.
    /// </summary>
    public const string SweptReason = "terminate-hook/sweeper";

    public static bool CanDrain(ContainerInstance instance) => instance.Status is ContainerInstanceStatus.Active or ContainerInstanceStatus.Draining;

    /// <summary>Idempotent: an instance already DRAINING with a recorded start (and group, when known) needs nothing.</summary>
    public static IReadOnlyList<DrainAction> Plan(ContainerInstance instance, string reason, DateTimeOffset now, string? groupName = null)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (instance.Status == ContainerInstanceStatus.Active || DrainAttributes.StartedAt(instance) is null)
        {
            attributes[DrainAttributes.DrainStarted] = DrainAttributes.FormatTime(now);
            attributes[DrainAttributes.DrainReason] = reason;
        }
        else if (instance.Attributes.GetValueOrDefault(DrainAttributes.DrainReason) == SweptReason && reason != SweptReason)
        {
            // The sweeper got there first, but the terminate event did arrive: its events complete it.
            attributes[DrainAttributes.DrainReason] = reason;
        }

        if (groupName is not null && DrainAttributes.CanHold(groupName) && DrainAttributes.ReadGroup(instance.Attributes) != groupName)
        {
            attributes[DrainAttributes.DrainGroup] = groupName;
        }

        var actions = new List<DrainAction>();
        if (attributes.Count > 0)
        {
            actions.Add(DrainAction.PutAttributes(instance, attributes));
        }

        if (instance.Status == ContainerInstanceStatus.Active)
        {
            actions.Add(DrainAction.SetDraining(instance));
        }

        return actions;
    }

    public static string Describe(ContainerInstance instance, IReadOnlyList<DrainAction> actions) =>
        instance.Status == ContainerInstanceStatus.Active
            ? $"setting {instance.Ec2InstanceId} DRAINING (was {instance.Status})"
            : $"already DRAINING since {instance.Attributes.GetValueOrDefault(DrainAttributes.DrainStarted) ?? "an unrecorded time"}"
              + (actions.Count > 0 ? ": recording the drain" : "");

    public static DrainDecision Decide(string step, ContainerInstance instance, string reason, DateTimeOffset now, string? groupName = null, string? hookName = null)
    {
        var actions = Plan(instance, reason, now, groupName);
        return new DrainDecision(step, instance.Ec2InstanceId, $"{reason}: {Describe(instance, actions)}", actions,
            groupName, instance.ClusterArn, instance.Arn, hookName);
    }
}

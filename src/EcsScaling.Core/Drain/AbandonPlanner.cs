using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// The abandon bounds (<see cref="DrainVariables.AbandonAfter"/>), enforced by the sweeper on a drain in progress: once a
/// task of a bound service still holds the drain its bound after the drain started, the terminate hook is completed
/// with ABANDON where the group retains abandoned instances, so that Auto Scaling keeps the instance
/// (Terminating:Retained) with the tasks that held it for a person to look at instead of terminating it.
/// On a group without that policy an abandoned terminate hook terminates the instance, like CONTINUE but before the max
/// drain time and with those tasks still on it; there ABANDON is sent only when asked for anyway
/// (<see cref="DrainVariables.AbandonWithoutRetention"/> = abandon), otherwise the drain waits for the max drain time and
/// each sweep warns (https://docs.aws.amazon.com/autoscaling/ec2/userguide/configure-instance-retention.html).
/// </summary>
public static class AbandonPlanner
{
    /// <summary>The services whose tasks hold the drain past their bound, and what to do; null when none has passed its bound.</summary>
    public static DrainAbandonment? Plan(DrainOptions options, InstanceTasks tasks, TimeSpan elapsed, bool groupRetains)
    {
        if (options.AbandonBounds.IsEmpty)
        {
            return null;
        }

        var passed = tasks.Blocking.Select(t => t.ServiceName).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(service => (Service: service, Bound: options.AbandonBounds.For(tasks.Instance.ClusterArn, service)))
            .Where(p => p.Bound is { } bound && elapsed >= bound.After)
            .OrderBy(p => p.Bound!.After).ThenBy(p => p.Service, StringComparer.Ordinal)
            .ToArray();
        if (passed.Length == 0)
        {
            return null;
        }

        var effect = groupRetains ? AbandonEffect.Retained
            : options.AbandonWithoutRetention == AbandonWithoutRetention.Abandon ? AbandonEffect.Terminated
            : AbandonEffect.Withheld;
        return new DrainAbandonment([.. passed.Select(p => p.Service)], [.. passed.Select(p => p.Bound!.Text).Distinct(StringComparer.Ordinal)], effect);
    }

    /// <summary>
    /// The abandonment recorded on the container instance first (ops status reads it, and events of a retained
    /// instance are then left alone), then ABANDON on each of our hooks; a crash in between leaves the hook pending
    /// for the next sweep, which abandons again.
    /// </summary>
    public static IReadOnlyList<DrainAction> Actions(ContainerInstance instance, string groupName, IReadOnlyList<string> hookNames, DrainAbandonment abandonment, DateTimeOffset now)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { [DrainAttributes.DrainAbandoned] = DrainAttributes.FormatTime(now) };
        if (DrainAttributes.FormatHeldBy(abandonment.HeldBy) is { } heldBy)
        {
            attributes[DrainAttributes.HeldBy] = heldBy;
        }

        return [DrainAction.PutAttributes(instance, attributes), .. CompletionChecker.CompleteAll(groupName, instance.Ec2InstanceId, hookNames, LifecycleResult.Abandon)];
    }

    public static string Reason(DrainAbandonment abandonment, TimeSpan elapsed, string groupName, string instanceId, DrainOptions options)
    {
        var held = $"held {DurationText.Format(elapsed)} by {abandonment.HeldByText} past its abandon bound ({string.Join(", ", abandonment.Bounds)})";
        return abandonment.Effect switch
        {
            AbandonEffect.Retained =>
                $"{held}: completing with ABANDON; {groupName} retains abandoned instances, so {instanceId} is kept (Terminating:Retained) with those tasks for a person to look at: {AbandonAdvice.ForRetained(instanceId)}",
            AbandonEffect.Terminated =>
                $"{held}: completing with ABANDON as {DrainVariables.AbandonWithoutRetention}=abandon asks; {groupName} has no instance lifecycle policy retaining abandoned instances, so Auto Scaling terminates {instanceId} with those tasks still on it",
            _ =>
                $"{held}, but {groupName} has no instance lifecycle policy retaining abandoned instances: ABANDON would terminate {instanceId} with those tasks, so the drain waits for the max drain time ({DurationText.Format(options.MaxDrainTime)}); "
                + $"to keep such instances: {AbandonAdvice.SetPolicy(groupName)}; to end such drains at the bound anyway: {DrainVariables.AbandonWithoutRetention}=abandon",
        };
    }
}

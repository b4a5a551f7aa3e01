using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Plans a Lambda SQS batch as one piece of work: duplicates merged, the container instances of
/// every instance the batch names found with one lookup per cluster, progress events triaged and
/// the instances they point at checked together (tasks listed paced, DescribeTasks batched, each
/// target group asked once). Every message ends in a decision: acted on, ignored (acknowledged),
/// refused (malformed or foreign: logged and acknowledged, never retried) or retried (a transient
/// AWS failure: back to the queue, where SQS redelivers it).
/// </summary>
public sealed class QueueBatchHandler(DrainContext context, Func<ScalingEvent, DrainContext, CancellationToken, Task<DrainDecision>> decide)
{
    public const string Step = "queue";

    public async Task<IReadOnlyList<BatchDecision>> PlanAsync(QueueBatch batch, CallPacer pacer, CancellationToken cancellationToken)
    {
        var decisions = new List<BatchDecision>(batch.Messages.Count);
        foreach (var refused in batch.Messages.Where(m => m.Event is null))
        {
            decisions.Add(new BatchDecision(new DrainDecision(Step, null, $"message {refused.MessageId} can never be acted on, acknowledged: {refused.Refusal}", [], Outcome: DrainOutcome.Refused), [refused.MessageId]));
        }

        // SQS delivers at least once: a message repeated in one batch carries the same event id.
        var events = batch.Messages.Where(m => m.Event is not null).GroupBy(m => Identity(m.Event!), StringComparer.Ordinal)
            .Select(g => (Event: g.First().Event!, Ids: (IReadOnlyList<string>)[.. g.Select(m => m.MessageId)])).ToList();
        var (located, lookupFailure) = await LocateAsync([.. events.Select(e => e.Event)], cancellationToken);
        var checks = new List<(ProgressTriage Triage, IReadOnlyList<string> Ids)>();
        foreach (var (e, ids) in events)
        {
            // A terminate action waits in Terminating:Wait for the redelivery (or the sweeper); an
            // interruption notice cannot wait, and looks its instance up itself.
            if (lookupFailure is not null && e is LifecycleActionEvent && InstanceToLocate(e) is { } instanceId)
            {
                decisions.Add(Retry(instanceId, ids, $"the batch's container-instance lookup failed: {lookupFailure}"));
                continue;
            }

            try
            {
                var triage = await TriageAsync(e, located, cancellationToken);
                if (triage.Decided is { } decided)
                {
                    decisions.Add(new BatchDecision(decided, ids));
                }
                else
                {
                    checks.Add((triage, ids));
                }
            }
            catch (AwsCallException failure)
            {
                decisions.Add(Retry(e, ids, failure));
            }
        }

        decisions.AddRange(await CheckAsync(located, checks, pacer, cancellationToken));
        return decisions;
    }

    /// <summary>
    /// The instances of our terminate actions and interruption notices, one lookup per cluster, and the
    /// Auto Scaling records of the terminate actions' instances in one DescribeAutoScalingInstances per 50
    /// (each action is confirmed with them before any mutating step); or why a lookup failed.
    /// </summary>
    private async Task<(DrainContext Located, string? Failure)> LocateAsync(IReadOnlyCollection<ScalingEvent> events, CancellationToken cancellationToken)
    {
        string[] ids = [.. events.Select(InstanceToLocate).OfType<string>().Distinct(StringComparer.Ordinal)];
        string[] terminating = [.. events.OfType<LifecycleActionEvent>().Select(InstanceToLocate).OfType<string>().Distinct(StringComparer.Ordinal)];
        try
        {
            var located = ids.Length == 0 ? context : await new InstanceLocator(context).LocateAsync(ids, cancellationToken);
            if (terminating.Length == 0)
            {
                return (located, null);
            }

            var records = (await context.Gateways.AutoScaling.DescribeInstancesAsync(terminating, cancellationToken)).ToDictionary(i => i.InstanceId, StringComparer.Ordinal);
            return (located with { Held = terminating.ToDictionary(id => id, id => records.GetValueOrDefault(id), StringComparer.Ordinal) }, null);
        }
        catch (AwsCallException failure)
        {
            return (context, failure.Message);
        }
    }

    private string? InstanceToLocate(ScalingEvent e) => e switch
    {
        LifecycleActionEvent { Transition: LifecycleTransition.Terminating } hook
            when context.Options.OwnsGroup(hook.Action.GroupName) && context.Options.OwnsHook(hook.Action.HookName, LifecycleTransition.Terminating) => hook.Action.InstanceId,
        SpotInterruptionWarning spot when context.Options.SpotInterruption == InterruptionBehaviour.Drain => spot.InstanceId,
        RebalanceRecommendation rebalance when context.Options.RebalanceRecommendation == InterruptionBehaviour.Drain => rebalance.InstanceId,
        _ => null,
    };

    private async Task<ProgressTriage> TriageAsync(ScalingEvent e, DrainContext batchContext, CancellationToken cancellationToken) => e switch
    {
        ContainerInstanceStateChanged change when context.Options.OwnsCluster(change.ClusterArn) => await new DrainProgressHandler(batchContext).TriageAsync(change, cancellationToken),
        TaskStateChanged change when context.Options.OwnsCluster(change.ClusterArn) => await new DrainProgressHandler(batchContext).TriageAsync(change, cancellationToken),
        _ => await decide(e, batchContext, cancellationToken),
    };

    /// <summary>The DRAINING instances the batch's progress events point at, each checked once, all together.</summary>
    private async Task<IReadOnlyList<BatchDecision>> CheckAsync(DrainContext batchContext, List<(ProgressTriage Triage, IReadOnlyList<string> Ids)> checks, CallPacer pacer, CancellationToken cancellationToken)
    {
        var byInstance = checks.GroupBy(c => c.Triage.Instance!.Arn, StringComparer.Ordinal)
            .Select(g => (g.First().Triage, Ids: (IReadOnlyList<string>)[.. g.SelectMany(c => c.Ids)])).ToList();
        if (byInstance.Count == 0)
        {
            return [];
        }

        try
        {
            var hooks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var group in byInstance.Select(c => c.Triage.GroupName!).Distinct(StringComparer.Ordinal))
            {
                hooks[group] = await new HookResolver(batchContext).OurHookNamesAsync(group, LifecycleTransition.Terminating, cancellationToken);
            }

            var done = (await new CompletionChecker(batchContext).CheckManyAsync(
                    [.. byInstance.Select(c => (c.Triage.Instance!, c.Triage.GroupName!, hooks[c.Triage.GroupName!]))], pacer, cancellationToken))
                .ToDictionary(c => c.Tasks.Instance.Arn, StringComparer.Ordinal);
            return [.. byInstance.Select(c => done.TryGetValue(c.Triage.Instance!.Arn, out var check)
                ? new BatchDecision(check.Decision, c.Ids)
                : Retry(c.Triage.Instance!.Ec2InstanceId, c.Ids, "its tasks or targets could not be read"))];
        }
        catch (AwsCallException failure)
        {
            return [.. byInstance.Select(c => Retry(c.Triage.Instance!.Ec2InstanceId, c.Ids, failure.Message))];
        }
    }

    private static BatchDecision Retry(ScalingEvent e, IReadOnlyList<string> ids, AwsCallException failure) =>
        Retry(e switch { LifecycleActionEvent hook => hook.Action.InstanceId, SpotInterruptionWarning spot => spot.InstanceId, RebalanceRecommendation r => r.InstanceId, _ => null }, ids, failure.Message);

    private static BatchDecision Retry(string? instanceId, IReadOnlyList<string> ids, string why) =>
        new(new DrainDecision(Step, instanceId, $"not worked this time, back to the queue: {why}", [], Outcome: DrainOutcome.Failed), ids, Retry: true);

    /// <summary>The event's own id (EventBridge id, SNS message id or Auto Scaling request id), so duplicates across transports of one event merge too.</summary>
    private static string Identity(ScalingEvent e) => $"{e.GetType().Name}:{e.Origin.Id ?? Guid.NewGuid().ToString()}";
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>A completion check of one DRAINING instance held by our terminate hook, with what it found.</summary>
public sealed record CompletionCheck(DrainDecision Decision, InstanceTasks Tasks, DrainVerdict Verdict);

/// <summary>
/// Post-drain: when the instance is drained, complete our terminate hook(s) with CONTINUE, by
/// instance id (no token needed; an already finished action counts as success).
/// </summary>
public sealed class CompletionChecker(DrainContext context)
{
    public const string Step = "complete";

    public async Task<CompletionCheck> CheckAsync(ContainerInstance instance, string groupName, IReadOnlyList<string> hookNames, CancellationToken cancellationToken) =>
        await DecideAsync(await InstanceTasks.LoadAsync(context, instance, cancellationToken), groupName, hookNames, new TargetHealthCache(context), cancellationToken);

    /// <summary>
    /// Several DRAINING instances (each with its group and our hook names) checked together: read
    /// again (one DescribeContainerInstances per 100 per cluster: the records events carried may be
    /// old, a fresh one that reserves nothing spares the instance's desired-RUNNING listing), their
    /// tasks loaded at once (DescribeTasks and DescribeServices batched per cluster, ListTasks calls
    /// at the pacer's rate) and each target group asked once. An instance whose check failed is absent.
    /// </summary>
    public async Task<IReadOnlyList<CompletionCheck>> CheckManyAsync(
        IReadOnlyList<(ContainerInstance Instance, string GroupName, IReadOnlyList<string> HookNames)> drains, CallPacer pacer, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, ContainerInstance>(StringComparer.Ordinal);
        foreach (var cluster in drains.Select(d => d.Instance).GroupBy(i => i.ClusterArn, StringComparer.Ordinal))
        {
            foreach (var instance in await context.Gateways.Ecs.DescribeContainerInstancesAsync(cluster.Key, [.. cluster.Select(i => i.Arn)], cancellationToken))
            {
                current[instance.Arn] = instance;
            }
        }

        // One that ECS no longer describes is checked as the event saw it, with every listing.
        var loaded = (await InstanceTasks.LoadManyAsync(context, [.. current.Values], cancellationToken, isolateFailures: true, pacer, describedNow: true))
            .Concat(await InstanceTasks.LoadManyAsync(context, [.. drains.Select(d => d.Instance).Where(i => !current.ContainsKey(i.Arn))], cancellationToken, isolateFailures: true, pacer))
            .ToList();
        var targets = new TargetHealthCache(context);
        var checks = new List<CompletionCheck>(loaded.Count);
        foreach (var tasks in loaded)
        {
            var (_, group, hooks) = drains.First(d => d.Instance.Arn == tasks.Instance.Arn);
            try
            {
                checks.Add(await DecideAsync(tasks, group, hooks, targets, cancellationToken));
            }
            catch (Gateways.AwsCallException)
            {
                // Left out: its caller reports the instance as not checked.
            }
        }

        return checks;
    }

    /// <summary>For instances whose tasks were loaded together: target groups they share are asked once through the cache.</summary>
    public async Task<CompletionCheck> DecideAsync(InstanceTasks tasks, string groupName, IReadOnlyList<string> hookNames, TargetHealthCache targets, CancellationToken cancellationToken)
    {
        var instance = tasks.Instance;
        var verdict = await DrainVerdict.EvaluateAsync(tasks, targets, cancellationToken);
        IReadOnlyList<DrainAction> actions = verdict.Drained ? CompleteAll(groupName, instance.Ec2InstanceId, hookNames, LifecycleResult.Continue) : [];
        var decision = new DrainDecision(Step, instance.Ec2InstanceId, verdict.Reason, actions, groupName, instance.ClusterArn, instance.Arn,
            string.Join(",", hookNames), verdict.Remaining, DrainSeconds(instance));
        return new CompletionCheck(decision, tasks, verdict);
    }

    public static IReadOnlyList<DrainAction> CompleteAll(string groupName, string instanceId, IReadOnlyList<string> hookNames, LifecycleResult result) =>
        [.. hookNames.Select(hook => DrainAction.Complete(new LifecycleActionRef(groupName, hook, instanceId, Token: null), result))];

    private double? DrainSeconds(ContainerInstance instance) =>
        DrainAttributes.StartedAt(instance) is { } started ? (context.Now - started).TotalSeconds : null;
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>A completion check of one DRAINING instance held by our terminate hook, with what it found.</summary>
public sealed record CompletionCheck(DrainDecision Decision, InstanceTasks Tasks, DrainVerdict Verdict);

/// <summary>
/// Post-drain: when the instance is drained, complete our terminate hook(s) with CONTINUE, by
/// instance id (no token needed; an already finished action counts as success).
/// </summary>
public sealed class CompletionPlanner(DrainContext context)
{
    public const string Step = "complete";

    public async Task<CompletionCheck> CheckAsync(ContainerInstance instance, AutoScalingInstance asg, IReadOnlyList<string> hookNames, CancellationToken ct)
    {
        var tasks = await InstanceTasks.LoadAsync(context, instance, ct);
        var verdict = await DrainVerdict.EvaluateAsync(context, tasks, ct);
        IReadOnlyList<DrainAction> actions = verdict.Drained ? CompleteAll(asg, hookNames, LifecycleResult.Continue) : [];
        var decision = new DrainDecision(Step, instance.Ec2InstanceId, verdict.Reason, actions, asg.GroupName, instance.ClusterArn, instance.Arn,
            string.Join(",", hookNames), verdict.Remaining, DrainSeconds(instance));
        return new CompletionCheck(decision, tasks, verdict);
    }

    public static IReadOnlyList<DrainAction> CompleteAll(AutoScalingInstance asg, IReadOnlyList<string> hookNames, LifecycleResult result) =>
        [.. hookNames.Select(hook => DrainAction.Complete(new LifecycleActionRef(asg.GroupName, hook, asg.InstanceId, Token: null), result))];

    private double? DrainSeconds(ContainerInstance instance) =>
        DrainAttributes.ReadTime(instance.Attributes, DrainAttributes.DrainStarted) is { } started ? (context.Now - started).TotalSeconds : null;
}

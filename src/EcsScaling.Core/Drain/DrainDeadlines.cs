using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>A terminating instance already DRAINING, with the hooks of ours that hold it and whether its group retains abandoned instances.</summary>
public sealed record DrainingInstance(AutoScalingInstance Asg, ContainerInstance Instance, IReadOnlyList<LifecycleHook> Hooks, bool GroupRetainsAbandoned = false);

/// <summary>
/// What the sweeper does for drains in progress: completes the drained ones whose event was lost,
/// abandons the ones a service holds past its abandon bound (<see cref="AbandonPlanner"/>),
/// forces completion at the max drain time, stops standalone tasks after the grace period and
/// heartbeats before the hook times out. The tasks of all the instances it must look at are
/// loaded together; under a mass drain it only looks at instances whose tasks no longer reserve
/// anything (the others cannot be drained; their events finish them) or that reached a deadline.
/// </summary>
public sealed class DrainDeadlines(DrainContext context)
{
    public const string Step = Sweeper.Step;

    /// <summary>Up to this many drains, every one is checked (a daemon-only instance is complete before ECS stops its daemons).</summary>
    public const int FewDrains = 10;

    /// <summary>
    /// Instances whose tasks one sweep lists, up to 2 ListTasks each, at half of ECS's rates (~10
    /// ListTasks/s), the rest left to the events; 100 take at most 20 s of a sweep. The ones left
    /// over (the latest drains) are listed by the next sweep.
    /// </summary>
    public const int MaxChecksPerSweep = 100;

    private const double SweepShare = 0.5;

    /// <summary>
    /// Queue mode: a failed batch step comes back after the queue's visibility timeout (6 minutes by
    /// default); a drain started by an event younger than this is left to its queued events in a mass drain.
    /// </summary>
    public static readonly TimeSpan QueueRedeliveryAllowance = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlyList<DrainDecision>> PlanAsync(IReadOnlyList<DrainingInstance> draining, CancellationToken cancellationToken)
    {
        var toCheck = draining.Where(d => draining.Count <= FewDrains || (NeedsTasks(d.Instance) && !LeftToTheQueue(d.Instance))).Select(d => d.Instance)
            .OrderBy(i => DrainAttributes.StartedAt(i) ?? DateTimeOffset.MinValue).Take(MaxChecksPerSweep).ToArray();
        IReadOnlyDictionary<string, InstanceTasks> tasks;
        string? loadFailure = null;
        try
        {
            var pacer = toCheck.Length > FewDrains ? new CallPacer(context.Time, SweepShare) : null;
            tasks = (await InstanceTasks.LoadManyAsync(context, toCheck, cancellationToken, isolateFailures: true, pacer, describedNow: true)).ToDictionary(t => t.Instance.Arn, StringComparer.Ordinal);
        }
        catch (AwsCallException failure)
        {
            // Heartbeats and recording do not need the tasks: plan them anyway.
            (tasks, loadFailure) = (new Dictionary<string, InstanceTasks>(), failure.Message);
        }

        var targetHealth = new TargetHealthCache(context);
        var decisions = new List<DrainDecision>(draining.Count);
        foreach (var drain in draining)
        {
            try
            {
                decisions.Add(await PlanAsync(drain, tasks.GetValueOrDefault(drain.Instance.Arn), targetHealth, loadFailure, cancellationToken));
            }
            catch (AwsCallException failure)
            {
                decisions.Add(Sweeper.Failed(drain.Asg.InstanceId, drain.Asg.GroupName, failure));
            }
        }

        return decisions;
    }

    private async Task<DrainDecision> PlanAsync(DrainingInstance drain, InstanceTasks? tasks, TargetHealthCache targetHealth, string? loadFailure, CancellationToken cancellationToken)
    {
        var (asg, instance, hooks, retains) = drain;
        var hookNames = hooks.Select(h => h.HookName).ToArray();
        var check = tasks is null ? null : await new CompletionChecker(context).DecideAsync(tasks, asg.GroupName, hookNames, targetHealth, cancellationToken);
        if (check is { Verdict.Drained: true })
        {
            return check.Decision with { Step = Step, Reason = $"{check.Decision.Reason} (found by the sweeper: its event was lost or not sent)" };
        }

        var decision = check is null
            ? new DrainDecision(Step, asg.InstanceId, "", [], asg.GroupName, instance.ClusterArn, instance.Arn, string.Join(",", hookNames))
            : check.Decision with { Step = Step };
        var progress = check?.Verdict.Reason
            ?? (loadFailure is null && instance.Remaining != instance.Registered ? $"tasks still reserve {instance.Reserved.Cpu} CPU units" : $"tasks not checked this sweep ({loadFailure ?? "listing failed or more drains than one sweep lists"})");
        var now = context.Now;
        var recorded = DrainAttributes.StartedAt(instance);
        var started = recorded ?? now;
        var elapsed = now - started;
        var options = context.Options;
        var abandonment = check is null ? null : AbandonPlanner.Plan(options, check.Tasks, elapsed, retains);
        if (abandonment is { Effect: not AbandonEffect.Withheld })
        {
            return decision with
            {
                Reason = AbandonPlanner.Reason(abandonment, elapsed, asg.GroupName, asg.InstanceId, options),
                Actions = AbandonPlanner.Actions(instance, asg.GroupName, hookNames, abandonment, now),
                Abandonment = abandonment,
            };
        }

        var withheld = abandonment is null ? "" : $"; {AbandonPlanner.Reason(abandonment, elapsed, asg.GroupName, asg.InstanceId, options)}";
        if (elapsed >= options.MaxDrainTime)
        {
            return decision with
            {
                Reason = $"max drain time {DurationText.Format(options.MaxDrainTime)} reached: completing with {LifecycleResultText.Wire.Of(options.MaxDrainTimeResult)} while {progress}"
                    + (options.MaxDrainTimeResult == LifecycleResult.Abandon && retains
                        ? $"; {asg.GroupName} retains abandoned instances, so {asg.InstanceId} is kept (Terminating:Retained): {AbandonAdvice.ForRetained(asg.InstanceId)}"
                        : ""),
                Actions = CompletionChecker.CompleteAll(asg.GroupName, asg.InstanceId, hookNames, options.MaxDrainTimeResult),
                Forced = true,
                Abandonment = abandonment,
            };
        }

        var actions = new List<DrainAction>(DrainStarter.Plan(instance, DrainStarter.SweptReason, now, asg.GroupName));
        if (elapsed >= options.StandaloneTaskGrace && check is not null)
        {
            actions.AddRange(check.Tasks.StandaloneStillWanted.Select(t => DrainAction.StopTask(t, StopReason(asg))));
        }

        // Without a recorded start we cannot know how long the hook has waited: beat now to be safe.
        var lastBeat = recorded is null ? DateTimeOffset.MinValue : HeartbeatPolicy.LastBeat(instance.Attributes, started);
        var due = hooks.Where(h => HeartbeatPolicy.IsDue(lastBeat, h.HeartbeatTimeout, now, options.SweepInterval, options.HeartbeatMargin)).ToArray();
        actions.AddRange(due.Select(h => DrainAction.Heartbeat(new LifecycleActionRef(asg.GroupName, h.HookName, asg.InstanceId, Token: null))));
        if (due.Length > 0)
        {
            actions.Add(DrainAction.PutAttributes(instance, new Dictionary<string, string>(StringComparer.Ordinal) { [DrainAttributes.LastHeartbeat] = DrainAttributes.FormatTime(now) }));
        }

        return decision with { Reason = $"waiting {DurationText.Format(elapsed)}: {progress}{withheld}", Actions = actions, Abandonment = abandonment };
    }

    /// <summary>
    /// Tasks hold their reservation until STOPPED, so an instance with reservations left is not drained;
    /// its tasks are only needed at a deadline (standalone tasks to stop, the services held past an abandon bound, or the ones to name when forcing).
    /// </summary>
    private bool NeedsTasks(ContainerInstance instance)
    {
        var started = DrainAttributes.StartedAt(instance);
        var elapsed = started is null ? TimeSpan.Zero : context.Now - started.Value;
        return instance.Remaining == instance.Registered || elapsed >= context.Options.StandaloneTaskGrace || elapsed >= context.Options.MaxDrainTime
            || (context.Options.AbandonBounds.Shortest is { } bound && elapsed >= bound);
    }

    /// <summary>In queue mode, the events of a recent event-started drain are queued and finish it; listing its tasks here would double the calls of a mass drain.</summary>
    private bool LeftToTheQueue(ContainerInstance instance) =>
        context.Options.QueueMode
        && instance.Attributes.GetValueOrDefault(DrainAttributes.DrainReason) is { } reason && reason != DrainStarter.SweptReason
        && DrainAttributes.StartedAt(instance) is { } started && context.Now - started < QueueRedeliveryAllowance;

    /// <summary>StopTask's reason shows in the console and in the task's stoppedReason: say who and why.</summary>
    public static string StopReason(AutoScalingInstance asg) =>
        $"ecs-scaling drain: standalone task stopped so that {asg.InstanceId} can leave Auto Scaling group {asg.GroupName}";
}

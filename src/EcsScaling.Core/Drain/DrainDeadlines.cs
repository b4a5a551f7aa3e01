using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// What the sweeper adds to a drain still in progress: forced completion at the max drain time,
/// stopping standalone tasks after the grace period, and heartbeats before the hook times out.
/// </summary>
public sealed class DrainDeadlines(DrainContext context)
{
    public const string Step = "sweep";

    public async Task<DrainDecision> PlanAsync(ContainerInstance instance, AutoScalingInstance asg, IReadOnlyList<LifecycleHook> hooks, CancellationToken ct)
    {
        var hookNames = hooks.Select(h => h.HookName).ToArray();
        var check = await new CompletionPlanner(context).CheckAsync(instance, asg, hookNames, ct);
        if (check.Verdict.Drained)
        {
            return check.Decision with { Step = Step, Reason = $"{check.Decision.Reason} (found by the sweeper: its event was lost or not sent)" };
        }

        var now = context.Now;
        var recorded = DrainAttributes.ReadTime(instance.Attributes, DrainAttributes.DrainStarted);
        var started = recorded ?? now;
        var elapsed = now - started;
        var options = context.Options;
        if (elapsed >= options.MaxDrainTime)
        {
            return check.Decision with
            {
                Step = Step,
                Reason = $"max drain time {DurationText.Format(options.MaxDrainTime)} reached: completing with {DrainAction.ResultText(options.MaxDrainTimeResult)} while {check.Verdict.Reason}",
                Actions = CompletionPlanner.CompleteAll(asg, hookNames, options.MaxDrainTimeResult),
                Forced = true,
            };
        }

        var actions = new List<DrainAction>();
        if (recorded is null)
        {
            actions.AddRange(DrainStarter.Plan(instance, "terminate-hook", now));
        }

        if (elapsed >= options.StandaloneTaskGrace)
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

        return check.Decision with { Step = Step, Reason = $"waiting {DurationText.Format(elapsed)}: {check.Verdict.Reason}", Actions = actions };
    }

    /// <summary>StopTask's reason shows in the console and in the task's stoppedReason: say who and why.</summary>
    public static string StopReason(AutoScalingInstance asg) =>
        $"ecs-scaling drain: standalone task stopped so that {asg.InstanceId} can leave Auto Scaling group {asg.GroupName}";
}

namespace EcsScaling.Core.Drain;

/// <summary>Whether an instance is drained, why, and what still runs (task and target descriptions).</summary>
public sealed record DrainVerdict(bool Drained, string Reason, IReadOnlyList<string> Remaining)
{
    /// <summary>Tasks first: the target groups are only asked once every non-daemon task is STOPPED.</summary>
    public static Task<DrainVerdict> EvaluateAsync(DrainContext context, InstanceTasks tasks, CancellationToken cancellationToken) =>
        EvaluateAsync(tasks, new TargetHealthCache(context), cancellationToken);

    public static async Task<DrainVerdict> EvaluateAsync(InstanceTasks tasks, TargetHealthCache targetHealth, CancellationToken cancellationToken)
    {
        var blocking = tasks.Blocking;
        if (blocking.Count > 0)
        {
            return new(false, $"{blocking.Count} task(s) not STOPPED yet", [.. blocking.Select(InstanceTasks.Describe)]);
        }

        var targets = await TargetCheck.StillServingAsync(tasks, targetHealth, cancellationToken);
        if (targets.Count > 0)
        {
            return new(false, $"{targets.Count} load-balancer target(s) still registered", targets);
        }

        // Terminating now would cut a daemon's own shutdown short (its last log lines, its proxy's open
        // connections); one that ECS has not asked to stop is stopped by the instance's shutdown.
        var stopping = tasks.DaemonsStopping;
        if (stopping.Count > 0)
        {
            return new(false, $"{stopping.Count} daemon task(s) still stopping", [.. stopping.Select(InstanceTasks.Describe)]);
        }

        var daemons = tasks.DaemonsLeft;
        return daemons.Count == 0
            ? new(true, "drained: every task STOPPED and no target left", [])
            : new(true, $"drained: only {daemons.Count} daemon task(s) left, which ECS has not asked to stop", [.. daemons.Select(InstanceTasks.Describe)]);
    }
}

using EcsScaling.Simulation;

namespace EcsScaling.Bench.Drain;

/// <summary>Per completed terminate action: when the instance became drained (last task STOPPED, which in the simulator follows the target's deregistration) and when the hook was completed.</summary>
internal static class DrainTimings
{
    public static IReadOnlyList<double> CompletionLatencies(Simulator sim, string hook) =>
    [
        .. from action in sim.AutoScaling.LifecycleActions
           where action.Hook.HookName == hook && action.Result is not null && !action.TimedOut
           let stopped = sim.Ecs.AllTasks.Where(t => t.Instance.Ec2InstanceId == action.InstanceId && t.StoppedAt <= action.FinishedAt).Select(t => t.StoppedAt!.Value).ToList()
           where stopped.Count > 0
           select (action.FinishedAt!.Value - stopped.Max()).TotalSeconds,
    ];

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

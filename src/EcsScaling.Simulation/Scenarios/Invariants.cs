using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>A property checked after the run; each violation is one readable line.</summary>
public sealed record Invariant(string Name, Func<Simulator, IEnumerable<string>> Check);

public static class Invariants
{
    /// <summary>Every replica service is back at its desired count, unless the cluster has no room for another of its tasks.</summary>
    public static Invariant NoTaskLost { get; } = new("no task lost", sim =>
        from cluster in sim.Ecs.Clusters.Values
        from service in cluster.Services.Values
        where !service.IsDaemon
        let running = service.Tasks.Count(t => t.IsActive && t.LastStatus == EcsTaskStatus.Running)
        where running < service.DesiredCount && sim.Ecs.HasCapacityFor(service)
        select $"service {service.Name}: {running} of {service.DesiredCount} tasks running although capacity allows more");

    /// <summary>
    /// No instance was terminated while a non-daemon task on it had not STOPPED. Spot reclaims are
    /// excepted: EC2 takes the instance two minutes after the warning whatever anyone does.
    /// </summary>
    public static Invariant NoUnsafeTermination { get; } = new("no instance terminated with live tasks (Spot reclaims excepted)", sim =>
        sim.AutoScaling.UnsafeTerminations.Where(u => !u.SpotReclaim).Select(u =>
            $"{u.InstanceId} terminated at {u.At:HH:mm:ss} with {u.LiveTaskArns.Count} task(s) not STOPPED"));

    /// <summary>Every lifecycle action was completed by a function, not by its timeout.</summary>
    public static Invariant LifecycleActionsCompletedInTime { get; } = new("lifecycle actions completed before timeout", sim =>
        sim.AutoScaling.LifecycleActions.Where(a => a.TimedOut).Select(a =>
            $"{a.Hook.HookName} on {a.InstanceId} timed out after {(a.FinishedAt!.Value - a.StartedAt).TotalSeconds:0} s (default result {a.Hook.DefaultResult})"));

    public static IReadOnlyList<Invariant> Standard { get; } = [NoTaskLost, NoUnsafeTermination, LifecycleActionsCompletedInTime];
}

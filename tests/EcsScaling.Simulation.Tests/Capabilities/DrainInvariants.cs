using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>R2 and R6 of the drain capability, checked on the simulator and on the audited calls.</summary>
public static class DrainInvariants
{
    /// <summary>What every drain scenario of ours checks: no task lost, R1, R7 and R2 (a fresh list, as scenarios add their own).</summary>
    public static List<Invariant> OfOurDrains() => [Invariants.NoTaskLost, NoUnsafeTerminationInOurGroup, NoDaemonShutdownCutShortInOurGroup, OurActionsCompletedInTime];

    /// <summary>R1 for our group: the foreign group has no drain and loses its tasks when its hook times out, which is not ours to prevent.</summary>
    public static Invariant NoUnsafeTerminationInOurGroup { get; } = new("R1 no instance of ours terminated with live tasks", sim =>
    {
        var ours = sim.AutoScaling.LifecycleActions.Where(a => a.Hook.GroupName == StandardCluster.Group).Select(a => a.InstanceId).ToHashSet(StringComparer.Ordinal);
        return sim.AutoScaling.UnsafeTerminations.Where(u => ours.Contains(u.InstanceId))
            .Select(u => $"{u.InstanceId} terminated at {u.At:HH:mm:ss} with {u.LiveTaskArns.Count} task(s) not STOPPED");
    });

    /// <summary>
    /// R7 for our group: no instance terminated while a daemon task that ECS was stopping had not STOPPED
    /// (ECS may stop daemons while replicas still drain; the instance must outlive their shutdown).
    /// </summary>
    public static Invariant NoDaemonShutdownCutShortInOurGroup { get; } = new("R7 no daemon's shutdown cut short by a termination of ours", sim =>
    {
        var ours = sim.AutoScaling.LifecycleActions.Where(a => a.Hook.GroupName == StandardCluster.Group).Select(a => a.InstanceId).ToHashSet(StringComparer.Ordinal);
        return sim.AutoScaling.DaemonShutdownsCutShort.Where(u => ours.Contains(u.InstanceId) && !u.SpotReclaim)
            .Select(u => $"{u.InstanceId} terminated at {u.At:HH:mm:ss} while {u.LiveTaskArns.Count} daemon task(s) were still stopping");
    });

    /// <summary>R2: every action of our hook on our group was completed by the function, none left to time out or pending.</summary>
    public static Invariant OurActionsCompletedInTime { get; } = new("R2 our lifecycle actions completed, none timed out", sim =>
        sim.AutoScaling.LifecycleActions
            .Where(a => a.Hook.GroupName == StandardCluster.Group && a.Hook.HookName == StandardCluster.DrainHook)
            .Where(a => a.TimedOut || a.FinishedAt is null)
            .Select(a => $"{a.Hook.HookName} on {a.InstanceId}: {(a.TimedOut ? "timed out" : "still pending at the end")}"));

    /// <summary>R6: no mutating call names a foreign hook, the foreign group, the foreign cluster or one of its instances.</summary>
    public static Invariant ForeignResourcesUntouched(AuditedGateways audit) => new("R6 foreign hooks, groups and clusters untouched", sim =>
    {
        var foreignIds = sim.AutoScaling.LifecycleActions.Where(a => a.Hook.GroupName == DrainScenario.ForeignGroup).Select(a => a.InstanceId)
            .Concat(sim.Ecs.Clusters[DrainScenario.ForeignCluster].Instances.Values.SelectMany(i => new[] { i.Arn, i.Ec2InstanceId }))
            .Concat([DrainScenario.OtherTeamHook, Core.Drain.DrainOptions.EcsManagedHookName, DrainScenario.ForeignGroup, ":cluster/" + DrainScenario.ForeignCluster])
            .ToHashSet(StringComparer.Ordinal);
        return audit.Calls.Where(c => c.IsMutating && foreignIds.Any(id => c.Arguments.Contains(id, StringComparison.Ordinal)))
            .Select(c => $"{c.Operation} {c.Arguments}");
    });
}

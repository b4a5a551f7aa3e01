using System.Globalization;
using EcsScaling.Core.Model;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Bench.Drain;

/// <summary>
/// drain-calls (P2): AWS API calls the drain function makes for one drained instance carrying T
/// tasks behind one target group, against the floor 1 (DRAINING) + 2⌈T/100⌉ (ListTasks and
/// DescribeTasks pages) + 1 (CompleteLifecycleAction) + 1 per target group. Goal ≤ 2× floor.
/// Every call is counted, sweeper ticks during the drain included. Args: [T...].
/// </summary>
internal static class DrainCallsBenchmark
{
    public const string Cluster = "calls";
    public const string Group = "calls-asg";
    public const string Hook = "drain";

    public static Task Run(string[] args)
    {
        int[] sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [10, 100, 1000];
        foreach (var tasks in sizes)
        {
            var (calls, seconds, invocations, byOperation) = DrainOne(tasks);
            var floor = 1 + (2 * (int)Math.Ceiling(tasks / 100.0)) + 1 + 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"T = {tasks,5}: {calls,4} calls vs floor {floor,3} = {(double)calls / floor:0.00}x floor; drain {seconds:0} s, {invocations} invocations, {DrainFunctions.FunctionErrors} failed"));
            Console.WriteLine("          " + string.Join(", ", byOperation.Select(o => $"{o.Key} {o.Value}")));
        }

        return Task.CompletedTask;
    }

    public static (int Calls, double Seconds, int Invocations, IReadOnlyDictionary<string, int> ByOperation) DrainOne(int tasks)
    {
        var sim = new Simulator(1, new SimulationOptions { Faults = new FaultOptions() });
        sim.Events.Recording = false;
        var capacity = new Resources((tasks * 16) + 512, (tasks * 16) + 512);
        var group = sim.AutoScaling.CreateGroup(Group, sim.Ecs.CreateCluster(Cluster), 1, capacity, ["us-east-1a"], new GroupSpec { MinSize = 0, MaxSize = 2 });
        sim.AutoScaling.PutLifecycleHook(Group, Hook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(900));
        var targets = sim.LoadBalancing.CreateTargetGroup("many", deregistrationDelay: TimeSpan.FromSeconds(30));
        sim.Ecs.CreateService(sim.Ecs.Clusters[Cluster], "many", sim.Ecs.RegisterTaskDefinition("many", 10, 10), tasks, new ServiceSpec { TargetGroupArns = [targets.Arn] });
        sim.Clock.Advance(TimeSpan.FromMinutes(2));
        var victim = group.Instances.Keys.Single();
        sim.AutoScaling.SetDesiredCapacity(Group, 2);
        sim.Clock.Advance(TimeSpan.FromMinutes(2));

        DrainFunctions.ResetCounters();
        DrainFunctions.PlugInRealDrain(sim, Cluster, Group, Hook);
        var before = new Dictionary<string, int>(sim.Api.Calls.Attempts, StringComparer.Ordinal);
        var start = sim.Clock.GetUtcNow();
        sim.AutoScaling.TerminateInstance(victim, decrementDesiredCapacity: true);
        var action = sim.AutoScaling.LifecycleActions.Single(a => a.InstanceId == victim);
        while (action.FinishedAt is null && sim.Clock.GetUtcNow() - start < TimeSpan.FromHours(1))
        {
            sim.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        if (action.Result is null)
        {
            throw new InvalidOperationException($"T = {tasks}: the drain did not complete (timed out: {action.TimedOut}); function errors: {string.Join(" | ", DrainFunctions.ErrorSamples)}");
        }

        var byOperation = sim.Api.Calls.Attempts.Select(a => (a.Key, Count: a.Value - before.GetValueOrDefault(a.Key))).Where(a => a.Count > 0)
            .ToDictionary(a => a.Key, a => a.Count, StringComparer.Ordinal);
        return (byOperation.Values.Sum(), (action.FinishedAt!.Value - start).TotalSeconds, DrainFunctions.Invocations, byOperation);
    }
}

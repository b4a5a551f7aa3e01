using System.Diagnostics;
using System.Globalization;
using EcsScaling.Core.Model;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Queues;

namespace EcsScaling.Bench.Drain;

/// <summary>
/// drain-mass (P6): 500 of 1,000 instances (2 service tasks each, one target group) terminate at
/// once under AWS's rate limits (the simulator's token buckets, SDK standard retries), while 20
/// other instances get a Spot interruption warning, in both delivery modes side by side from the
/// same seed: events (each event invokes the function) and queue (the events go to an SQS queue
/// worked in batches of 50, 1 s window, 2 at a time). Every lifecycle action must be completed by
/// the function, throttling must not surface as a failed drain or a lost Spot warning, and total
/// calls are compared with the floor of 500 × (1 + 1 + 1 + 1): DRAINING, the one ListTasks of the
/// stopped tasks that an instance reserving nothing still needs (their targets may be draining),
/// the completion and the target group's health. The physical limit is the slower of
/// the drain dynamics (one instance drained alone in the same world) and each rate family's calls
/// of the run divided by ECS's sustained rate, after the burst. Args: [instances] [terminating] [SDK attempts].
/// </summary>
internal static class DrainMassBenchmark
{
    private const int SpotWarnings = 20;

    public static Task Run(string[] args)
    {
        var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var terminating = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;

        // SDK attempts per call: template.yaml gives the drain function AWS_MAX_ATTEMPTS=2 (the SDK default is 3).
        var attempts = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        var dynamics = RunOnce(instances, 1, attempts, queue: null, spot: 0).Last;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"drain dynamics (one instance drained alone, events mode): {dynamics:0} s"));
        foreach (var (mode, queue) in new[] { ("events", (QueuePollerOptions?)null), ("queue", new QueuePollerOptions()) })
        {
            var wall = Stopwatch.StartNew();
            var run = RunOnce(instances, terminating, attempts, queue, SpotWarnings);
            var floor = terminating * 4;
            var limit = Math.Max(dynamics, run.RateBound);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{mode}] {terminating} of {instances}, {attempts} SDK attempts{(queue is null ? "" : $", batches of {queue.BatchSize}, {queue.BatchingWindow.TotalSeconds:0} s window, max concurrency {queue.MaximumConcurrency}")}: {run.Completed}/{run.Actions} lifecycle actions completed by the function, {run.TimedOut} timed out"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{mode}]   throttled attempts {run.Throttled} ({100.0 * run.Throttled / run.Calls:0.0} % of calls); calls {run.Calls} vs floor {floor} = {(double)run.Calls / floor:0.00}x; last completion {run.Last:0} s vs physical limit {limit:0} s ({run.RateFamily} {run.RateBound:0} s, dynamics {dynamics:0} s) = {run.Last / limit:0.00}x"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{mode}]   Spot warnings drained in time {run.SpotDrained}/{SpotWarnings}; invocations {run.Invocations}, failed {run.FailedInvocations}; unsafe terminations {run.Unsafe}; wall {wall.Elapsed.TotalSeconds:0.0} s"));
            Console.WriteLine($"[{mode}]   " + string.Join(", ", run.Attempts.Select(a => $"{a.Key} {a.Value}")));
        }

        return Task.CompletedTask;
    }

    private sealed record MassRun(int Completed, int Actions, int TimedOut, double Last, int Calls, int Throttled, double RateBound, string RateFamily,
        int SpotDrained, int Invocations, int FailedInvocations, int Unsafe, IReadOnlyDictionary<string, int> Attempts);

    private static MassRun RunOnce(int instances, int terminating, int attempts, QueuePollerOptions? queue, int spot)
    {
        var sim = new Simulator(1, new SimulationOptions { Faults = new FaultOptions { MaxAttempts = attempts } });
        sim.Events.Recording = false;
        var cluster = sim.Ecs.CreateCluster(DrainCallsBenchmark.Cluster);
        sim.AutoScaling.CreateGroup(DrainCallsBenchmark.Group, cluster, instances, new Resources(2048, 4096), ["us-east-1a", "us-east-1b", "us-east-1c"],
            new GroupSpec { MinSize = 0, MaxSize = instances });
        sim.AutoScaling.PutLifecycleHook(DrainCallsBenchmark.Group, DrainCallsBenchmark.Hook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(900));
        var targets = sim.LoadBalancing.CreateTargetGroup("web", deregistrationDelay: TimeSpan.FromSeconds(60));
        var service = sim.Ecs.CreateService(cluster, "web", sim.Ecs.RegisterTaskDefinition("web", 256, 512), 0, new ServiceSpec { TargetGroupArns = [targets.Arn] });
        service.DesiredCount = instances * 2;
        sim.Ecs.WarmStart(service);
        sim.Clock.Advance(TimeSpan.FromMinutes(2));

        DrainFunctions.ResetCounters();
        var poller = DrainFunctions.PlugInRealDrain(sim, DrainCallsBenchmark.Cluster, DrainCallsBenchmark.Group, DrainCallsBenchmark.Hook, queue: queue);
        var attemptsBefore = new Dictionary<string, int>(sim.Api.Calls.Attempts, StringComparer.Ordinal);
        var failuresBefore = sim.Api.Calls.Failures.Values.Sum();
        var start = sim.Clock.GetUtcNow();
        sim.AutoScaling.SetDesiredCapacity(DrainCallsBenchmark.Group, instances - terminating);
        var actions = sim.AutoScaling.LifecycleActions.Where(a => a.StartedAt >= start).ToList();
        var terminatingIds = actions.Select(a => a.InstanceId).ToHashSet(StringComparer.Ordinal);

        // Spot warnings for instances that stay, in the middle of the burst; each must be DRAINING before EC2 reclaims it 2 minutes later.
        var spotIds = sim.Ecs.Clusters.Values.Single().Instances.Values.Select(i => i.Ec2InstanceId).Where(id => !terminatingIds.Contains(id)).Take(spot).ToList();
        var spotDrained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in spotIds)
        {
            sim.AutoScaling.InterruptSpot(id);
        }

        for (var second = 5; second < 120; second += 5)
        {
            sim.Clock.ScheduleAt(start + TimeSpan.FromSeconds(second), () => spotDrained.UnionWith(sim.Ecs.Clusters.Values.Single().Instances.Values
                .Where(i => i.Status == ContainerInstanceStatus.Draining && spotIds.Contains(i.Ec2InstanceId)).Select(i => i.Ec2InstanceId)));
        }

        while (actions.Any(a => a.FinishedAt is null) && sim.Clock.GetUtcNow() - start < TimeSpan.FromHours(1))
        {
            sim.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var ours = actions.Where(a => terminatingIds.Contains(a.InstanceId) && !spotIds.Contains(a.InstanceId)).ToList();
        var used = sim.Api.Calls.Attempts.ToDictionary(a => a.Key, a => a.Value - attemptsBefore.GetValueOrDefault(a.Key), StringComparer.Ordinal);
        var throttled = sim.Api.Calls.Failures.Values.Sum() - failuresBefore;
        var (bound, family) = RateBound(used, sim.Api.Calls.Failures);
        return new MassRun(
            ours.Count(a => a.Result is not null && !a.TimedOut), ours.Count, ours.Count(a => a.TimedOut),
            ours.Where(a => a.FinishedAt is not null).Select(a => (a.FinishedAt!.Value - start).TotalSeconds).DefaultIfEmpty(double.NaN).Max(),
            used.Values.Sum(), throttled, bound, family, spotDrained.Count, DrainFunctions.Invocations,
            DrainFunctions.FunctionErrors + (poller?.FailedInvocations ?? 0), sim.AutoScaling.UnsafeTerminations.Count, used.Where(u => u.Value > 0).ToDictionary(u => u.Key, u => u.Value, StringComparer.Ordinal));
    }

    /// <summary>The slowest rate family: its successful calls beyond the burst, at its sustained rate (the simulator's documented ECS figures).</summary>
    private static (double Seconds, string Family) RateBound(IReadOnlyDictionary<string, int> attempts, IReadOnlyDictionary<string, int> failures)
    {
        var byFamily = new Dictionary<string, (int Calls, double Burst, double Rate)>(StringComparer.Ordinal);
        foreach (var (key, count) in attempts)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var (name, burst, rate) = RateLimits.FamilyOf(key[..colon], key[(colon + 1)..]);
            var calls = byFamily.GetValueOrDefault(name).Calls + count - Math.Min(count, failures.GetValueOrDefault(key));
            byFamily[name] = (calls, burst, rate);
        }

        var slowest = byFamily.Select(f => (Seconds: Math.Max(0, f.Value.Calls - f.Value.Burst) / f.Value.Rate, Family: f.Key)).MaxBy(f => f.Seconds);
        return (slowest.Seconds, slowest.Family);
    }
}

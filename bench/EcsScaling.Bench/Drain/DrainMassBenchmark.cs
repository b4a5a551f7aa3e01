using System.Diagnostics;
using System.Globalization;
using EcsScaling.Core.Model;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Bench.Drain;

/// <summary>
/// drain-mass (P6): 500 of 1,000 instances (2 service tasks each, one target group) terminate at
/// once under AWS's rate limits (the simulator's token buckets, SDK standard retries). Every
/// lifecycle action must be completed by the function, throttling must not surface as a failed
/// drain, and total calls should stay ≤ 2× the floor of 500 × (1 + 2 + 1 + 1). Args: [instances] [terminating] [SDK attempts] [reserved concurrency].
/// </summary>
internal static class DrainMassBenchmark
{
    public static Task Run(string[] args)
    {
        var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var terminating = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;

        // SDK attempts per call: template.yaml gives the drain function AWS_MAX_ATTEMPTS=2 (the SDK default is 3): a step
        // still throttled is left to the sweeper, which batches, rather than retried into the same throttled account.
        var attempts = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        // Optional: the drain function's reserved concurrency; each API call then takes 30 ms, as in-region calls do, so that a limited function has a throughput.
        int? concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : null;
        var latency = concurrency is null ? TimeSpan.Zero : TimeSpan.FromMilliseconds(30);
        var wall = Stopwatch.StartNew();
        var sim = new Simulator(1, new SimulationOptions { Faults = new FaultOptions { MaxAttempts = attempts, Latency = latency } });
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
        DrainFunctions.PlugInRealDrain(sim, DrainCallsBenchmark.Cluster, DrainCallsBenchmark.Group, DrainCallsBenchmark.Hook, concurrency);
        var callsBefore = sim.Api.Calls.Total;
        var throttledBefore = sim.Api.Calls.Failures.Values.Sum();
        var start = sim.Clock.GetUtcNow();
        sim.AutoScaling.SetDesiredCapacity(DrainCallsBenchmark.Group, instances - terminating);
        var actions = sim.AutoScaling.LifecycleActions.Where(a => a.StartedAt >= start).ToList();
        while (actions.Any(a => a.FinishedAt is null) && sim.Clock.GetUtcNow() - start < TimeSpan.FromHours(1))
        {
            sim.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var completed = actions.Count(a => a.Result is not null && !a.TimedOut);
        var calls = sim.Api.Calls.Total - callsBefore;
        var floor = terminating * 5;
        var last = actions.Where(a => a.FinishedAt is not null).Select(a => (a.FinishedAt!.Value - start).TotalSeconds).DefaultIfEmpty(double.NaN).Max();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{terminating} of {instances} instances, {attempts} SDK attempts per call{(concurrency is null ? "" : $", reserved concurrency {concurrency}, 30 ms per call")}: {completed}/{actions.Count} lifecycle actions completed by the function, {actions.Count(a => a.TimedOut)} timed out; last after {last:0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calls {calls} vs floor {floor} = {(double)calls / floor:0.00}x; throttled/failed attempts {sim.Api.Calls.Failures.Values.Sum() - throttledBefore}; function invocations {DrainFunctions.Invocations}, failed {DrainFunctions.FunctionErrors}; unsafe terminations {sim.AutoScaling.UnsafeTerminations.Count}"));
        if (DrainFunctions.ErrorSamples.Count > 0)
        {
            Console.WriteLine("  first errors: " + string.Join(" | ", DrainFunctions.ErrorSamples.Take(2)));
        }

        Console.WriteLine("  " + string.Join(", ", sim.Api.Calls.Attempts.Select(a => $"{a.Key} {a.Value}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall {wall.Elapsed.TotalSeconds:0.0} s"));
        return Task.CompletedTask;
    }
}

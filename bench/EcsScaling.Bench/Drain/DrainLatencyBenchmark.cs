using System.Globalization;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Bench.Drain;

/// <summary>
/// drain-latency (P1): seconds from "last task STOPPED and targets drained" to
/// CompleteLifecycleAction, for the event-driven drain function and for pollers every 5 s and 10 s,
/// on the same seeds and the same scale-in (6 → 4, 300 s deregistration delay). Goal: ≤ 1 s vs 5–10 s.
/// Args: [seeds].
/// </summary>
internal static class DrainLatencyBenchmark
{
    public static Task Run(string[] args)
    {
        var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var contenders = new (string Name, Action<Simulator> PlugIn)[]
        {
            ("event-driven drain function", sim => DrainFunctions.PlugInRealDrain(sim, StandardCluster.Cluster, StandardCluster.Group, StandardCluster.DrainHook)),
            ("poll every 5 s", sim => DrainFunctions.PlugInPoller(sim, StandardCluster.Cluster, StandardCluster.Group, StandardCluster.DrainHook, TimeSpan.FromSeconds(5))),
            ("poll every 10 s", sim => DrainFunctions.PlugInPoller(sim, StandardCluster.Cluster, StandardCluster.Group, StandardCluster.DrainHook, TimeSpan.FromSeconds(10))),
        };

        var medians = new List<double>();
        foreach (var (name, plugIn) in contenders)
        {
            var latencies = Enumerable.Range(1, seeds).SelectMany(seed => Measure(seed, plugIn)).ToList();
            var median = DrainTimings.Percentile(latencies, 0.5);
            medians.Add(median);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} drains {latencies.Count,4}  median {median,6:0.00} s  p95 {DrainTimings.Percentile(latencies, 0.95),6:0.00} s  max {latencies.Max(),6:0.00} s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio (median): poll-5s / event = {medians[1] / medians[0]:0.0}x, poll-10s / event = {medians[2] / medians[0]:0.0}x"));
        return Task.CompletedTask;
    }

    private static IReadOnlyList<double> Measure(int seed, Action<Simulator> plugIn)
    {
        var sim = new Simulator(seed, new SimulationOptions { Faults = new FaultOptions() });
        StandardCluster.Build(sim);
        sim.Clock.Advance(ScenarioRunner.SetupSettle);

        // A poller's phase relative to the drain is arbitrary in real life: plug it in at a random instant before the scale-in.
        sim.Clock.Schedule(TimeSpan.FromMilliseconds(new Random(seed).Next(10_000)), () => plugIn(sim));
        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 4);
        sim.Clock.Advance(TimeSpan.FromMinutes(20));
        return DrainTimings.CompletionLatencies(sim, StandardCluster.DrainHook);
    }
}

// Benchmarks print figures (ideally ratios against a baseline run in the same process).
// Usage: dotnet run -c Release --project bench/EcsScaling.Bench -- <name>|all
var benchmarks = new Dictionary<string, Func<string[], Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["coldstart"] = EcsScaling.Bench.ColdStart.ColdStartBenchmark.RunAsync, ["size"] = EcsScaling.Bench.ColdStart.SizeBenchmark.RunAsync,
    ["simulate-scale"] = EcsScaling.Bench.Simulation.SimulateScaleBenchmark.Run,
    ["rebalance-plan"] = EcsScaling.Bench.Rebalance.RebalancePlanBenchmark.RunAsync,
    ["drain-latency"] = EcsScaling.Bench.Drain.DrainLatencyBenchmark.Run,
    ["drain-calls"] = EcsScaling.Bench.Drain.DrainCallsBenchmark.Run,
    ["drain-mass"] = EcsScaling.Bench.Drain.DrainMassBenchmark.Run,
    ["diurnal"] = EcsScaling.Bench.Day.DiurnalBenchmark.Run,
};

var name = args.Length > 0 ? args[0] : "all";
if (name == "all")
{
    foreach (var (key, run) in benchmarks)
    {
        Console.WriteLine($"== {key}");
        await run(args[1..]);
    }

    return 0;
}

if (!benchmarks.TryGetValue(name, out var benchmark))
{
    Console.Error.WriteLine($"unknown benchmark '{name}'; known: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}

await benchmark(args.Length > 1 ? args[1..] : []);
return 0;

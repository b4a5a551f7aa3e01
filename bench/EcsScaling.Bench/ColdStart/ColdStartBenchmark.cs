using System.Diagnostics;
using System.Globalization;

namespace EcsScaling.Bench.ColdStart;

/// <summary>
/// P4: process start → first invocation response posted, for the Native AOT bootstrap and the JIT
/// build (dotnet bootstrap.dll), against a local fake Runtime API. Goal: AOT median ≤ 12 ms and ≥ 12× faster
/// than JIT in the same run. Then a few AOT starts with the bootstrap's init stamps on, for the median of each step.
/// Usage: coldstart [--aot PATH] [--jit PATH] [--runs N]
/// </summary>
public static class ColdStartBenchmark
{
    private const string Payload = """{"version":"0","id":"bench","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2026-03-02T10:20:00Z","region":"us-east-1","resources":[],"detail":{}}""";

    public static async Task RunAsync(string[] args)
    {
        var builds = await BootstrapBuilds.ResolveAsync(args);
        var runs = int.Parse(BootstrapBuilds.Option(args, "--runs") ?? "10", CultureInfo.InvariantCulture);

        // One untimed start each first, so both measure a warm file cache.
        await MeasureAsync(builds.AotExecutable, []);
        await MeasureAsync("dotnet", [builds.JitAssembly]);
        var aot = new List<double>();
        var jit = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            aot.Add(await MeasureAsync(builds.AotExecutable, []));
            jit.Add(await MeasureAsync("dotnet", [builds.JitAssembly]));
        }

        var aotMedian = Median(aot);
        var jitMedian = Median(jit);
        Console.WriteLine($"cold start, process start → first response posted ({runs} runs each)");
        Console.WriteLine($"  AOT  {builds.AotExecutable}: median {aotMedian:0.0} ms (min {aot.Min():0.0}, max {aot.Max():0.0})  goal ≤ 12 ms: {Verdict(aotMedian <= 12)}");
        Console.WriteLine($"  JIT  dotnet {builds.JitAssembly}: median {jitMedian:0.0} ms (min {jit.Min():0.0}, max {jit.Max():0.0})");
        Console.WriteLine($"  ratio JIT/AOT: {jitMedian / aotMedian:0.0}×  goal ≥ 12×: {Verdict(jitMedian / aotMedian >= 12)}");

        var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            var marks = new List<(string Step, double Milliseconds)>();
            var total = await MeasureAsync(builds.AotExecutable, [], marks);
            var previous = 0.0;
            foreach (var (step, at) in marks.Append(("first response posted", total)))
            {
                (steps.TryGetValue(step, out var list) ? list : steps[step] = []).Add(at - previous);
                previous = at;
            }
        }

        Console.WriteLine($"  AOT init steps, median ms of {runs} stamped starts (each step: since the one before; 'main': process start to Main):");
        Console.WriteLine("   " + string.Join(", ", steps.Select(s => $"{s.Key} {Median(s.Value):0.00}")));
    }

    private static async Task<double> MeasureAsync(string executable, string[] arguments, List<(string Step, double Milliseconds)>? marks = null)
    {
        using var api = new FakeRuntimeApi(new FakeInvocation("cold-1", Payload, DateTimeOffset.UtcNow.AddMinutes(1)));
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = marks is not null,
            Environment = { ["AWS_LAMBDA_RUNTIME_API"] = api.Address, ["_HANDLER"] = "parse-event" },
        };
        if (marks is not null)
        {
            start.Environment["ECS_SCALING_INIT_TIMINGS"] = "1";
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var startedAt = DateTime.UtcNow.Ticks;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        if (marks is not null)
        {
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data?.Split(' ') is ["init-timing", var step, var ticks])
                {
                    lock (marks)
                    {
                        marks.Add((step, (long.Parse(ticks, CultureInfo.InvariantCulture) - startedAt) / (double)TimeSpan.TicksPerMillisecond));
                    }
                }
            };
            process.BeginErrorReadLine();
        }

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(api.FirstAnswer, exited).WaitAsync(TimeSpan.FromSeconds(30));
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (first == exited || (await api.FirstAnswer).Kind != "response")
        {
            throw new InvalidOperationException($"{executable} did not answer the invocation (exit code {(process.HasExited ? process.ExitCode : -1)})");
        }

        process.Kill();
        await exited;
        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}

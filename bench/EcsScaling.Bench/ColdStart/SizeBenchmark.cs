namespace EcsScaling.Bench.ColdStart;

/// <summary>P5: size of the stripped Native AOT bootstrap. Goal ≤ 12 MB. Usage: size [--aot PATH]</summary>
public static class SizeBenchmark
{
    private const double GoalMiB = 12;

    public static async Task RunAsync(string[] args)
    {
        var builds = await BootstrapBuilds.ResolveAsync(args);
        var mib = new FileInfo(builds.AotExecutable).Length / (1024.0 * 1024.0);
        Console.WriteLine($"AOT bootstrap {builds.AotExecutable}: {mib:0.00} MiB  goal ≤ {GoalMiB} MiB: {(mib <= GoalMiB ? "met" : "NOT met")}");
    }
}

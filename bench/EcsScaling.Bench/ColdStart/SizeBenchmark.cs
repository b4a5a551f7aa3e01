namespace EcsScaling.Bench.ColdStart;

/// <summary>P5: size of the stripped Native AOT bootstrap. Goal ≤ 12 MB, read strictly as 12,000,000 bytes. Usage: size [--aot PATH]</summary>
public static class SizeBenchmark
{
    private const long GoalBytes = 12_000_000;

    public static async Task RunAsync(string[] args)
    {
        var builds = await BootstrapBuilds.ResolveAsync(args);
        var bytes = new FileInfo(builds.AotExecutable).Length;
        Console.WriteLine(
            $"AOT bootstrap {builds.AotExecutable}: {bytes:N0} bytes = {bytes / 1e6:0.00} MB = {bytes / (1024.0 * 1024.0):0.00} MiB  " +
            $"goal ≤ {GoalBytes:N0} bytes: {(bytes <= GoalBytes ? "met" : "NOT met")} ({(GoalBytes - bytes) / 1e3:+#,0;-#,0} KB to spare)");
    }
}

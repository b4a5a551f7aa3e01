using System.IO.Compression;

namespace EcsScaling.Bench.ColdStart;

/// <summary>
/// P5: size of the stripped Native AOT bootstrap, and of the zip SAM uploads (bootstrap plus
/// policies/, deflated). Goals: binary ≤ 11,000,000 bytes, zip ≤ 4.5 MB (4,500,000 bytes). Usage: size [--aot PATH]
/// </summary>
public static class SizeBenchmark
{
    private const long GoalBytes = 11_000_000;
    private const long GoalZipBytes = 4_500_000;

    public static async Task RunAsync(string[] args)
    {
        var builds = await BootstrapBuilds.ResolveAsync(args);
        var bytes = new FileInfo(builds.AotExecutable).Length;
        var zip = ZipBytes(builds.AotExecutable);
        Console.WriteLine(
            $"AOT bootstrap {builds.AotExecutable}: {bytes:N0} bytes = {bytes / 1e6:0.00} MB = {bytes / (1024.0 * 1024.0):0.00} MiB  " +
            $"goal ≤ {GoalBytes:N0} bytes: {Verdict(bytes, GoalBytes)}");
        Console.WriteLine($"deployment zip (bootstrap + policies/): {zip:N0} bytes = {zip / 1e6:0.00} MB  goal ≤ {GoalZipBytes:N0} bytes: {Verdict(zip, GoalZipBytes)}");
    }

    private static long ZipBytes(string bootstrap)
    {
        var folder = Path.GetDirectoryName(bootstrap)!;
        var policies = Path.Combine(folder, "policies");
        var files = new[] { bootstrap }.Concat(Directory.Exists(policies) ? Directory.GetFiles(policies, "*", SearchOption.AllDirectories) : []);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                archive.CreateEntryFromFile(file, Path.GetRelativePath(folder, file), CompressionLevel.Optimal);
            }
        }

        return buffer.Length;
    }

    private static string Verdict(long bytes, long goal) => $"{(bytes <= goal ? "met" : "NOT met")} ({(goal - bytes) / 1e3:+#,0;-#,0} KB to spare)";
}

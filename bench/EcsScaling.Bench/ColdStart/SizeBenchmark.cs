using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace EcsScaling.Bench.ColdStart;

/// <summary>
/// P5: size of the stripped Native AOT bootstrap, and of the zip SAM uploads (bootstrap plus
/// policies/, deflated). Goals: binary ≤ 11,000,000 bytes, zip ≤ 4.5 MB (4,500,000 bytes). The
/// goal is judged on the zip as SAM CLI makes it: Python's zipfile with ZIP_DEFLATED at zlib's
/// default level (samcli/lib/package/utils.py, make_zip), built by python3 here. .NET's own
/// deflate (zlib-ng) packs the same files about 4 % larger; that figure is printed beside it.
/// Usage: size [--aot PATH]
/// </summary>
public static class SizeBenchmark
{
    private const long GoalBytes = 11_000_000;
    private const long GoalZipBytes = 4_500_000;

    public static async Task RunAsync(string[] args)
    {
        var builds = await BootstrapBuilds.ResolveAsync(args);
        var bytes = new FileInfo(builds.AotExecutable).Length;
        var files = PackageFiles(builds.AotExecutable);
        var folder = Path.GetDirectoryName(builds.AotExecutable)!;
        var samZip = await SamZipBytesAsync(folder, files);
        var dotnetZip = DotnetZipBytes(folder, files);
        Console.WriteLine(
            $"AOT bootstrap {builds.AotExecutable}: {bytes:N0} bytes = {bytes / 1e6:0.00} MB = {bytes / (1024.0 * 1024.0):0.00} MiB  " +
            $"goal ≤ {GoalBytes:N0} bytes: {Verdict(bytes, GoalBytes)}");
        Console.WriteLine(samZip is { } sam
            ? $"deployment zip (bootstrap + policies/) as SAM CLI makes it: {sam:N0} bytes = {sam / 1e6:0.00} MB  goal ≤ {GoalZipBytes:N0} bytes: {Verdict(sam, GoalZipBytes)}"
            : "deployment zip as SAM CLI makes it: not measured (python3 not found); the goal is judged on that zip");
        Console.WriteLine($"the same files deflated by .NET (ZipArchive, CompressionLevel.Optimal): {dotnetZip:N0} bytes = {dotnetZip / 1e6:0.00} MB");
    }

    /// <summary>What the Makefile copies into SAM's ARTIFACTS_DIR: the bootstrap and policies/ (not the .dbg and .pdb files beside them).</summary>
    private static string[] PackageFiles(string bootstrap)
    {
        var policies = Path.Combine(Path.GetDirectoryName(bootstrap)!, "policies");
        return [bootstrap, .. Directory.Exists(policies) ? Directory.GetFiles(policies, "*", SearchOption.AllDirectories) : []];
    }

    private static async Task<long?> SamZipBytesAsync(string folder, string[] files)
    {
        const string script = """
            import io, os, sys, zipfile
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
                for path in sys.argv[2:]:
                    zf.write(path, os.path.relpath(path, sys.argv[1]))
            print(len(buffer.getvalue()))
            """;
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", script, folder }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var python = Process.Start(start)!;
            var output = await python.StandardOutput.ReadToEndAsync();
            await python.WaitForExitAsync();
            return python.ExitCode == 0 ? long.Parse(output.Trim(), CultureInfo.InvariantCulture) : throw new InvalidOperationException($"python3 zipfile failed ({python.ExitCode})");
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static long DotnetZipBytes(string folder, string[] files)
    {
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

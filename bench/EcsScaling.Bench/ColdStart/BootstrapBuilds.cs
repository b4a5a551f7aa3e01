using System.Diagnostics;

namespace EcsScaling.Bench.ColdStart;

/// <summary>Where the two builds of the Lambda binary are: given on the command line, or built here.</summary>
public sealed record BootstrapBuilds(string AotExecutable, string JitAssembly)
{
    /// <param name="args">--aot PATH (the published native bootstrap), --jit PATH (bootstrap.dll); both optional.</param>
    public static async Task<BootstrapBuilds> ResolveAsync(IReadOnlyList<string> args)
    {
        var aot = Option(args, "--aot") ?? await PublishAotAsync();
        // The bench references the Functions project, so its JIT bootstrap.dll sits next to the bench.
        var jit = Option(args, "--jit") ?? Path.Combine(AppContext.BaseDirectory, "bootstrap.dll");
        foreach (var path in new[] { aot, jit })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"build not found: {path}");
            }
        }

        return new BootstrapBuilds(Path.GetFullPath(aot), Path.GetFullPath(jit));
    }

    public static string? Option(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    private static async Task<string> PublishAotAsync()
    {
        var root = RepositoryRoot();
        var output = Path.Combine(root, "artifacts", "bootstrap-linux-x64");
        Console.WriteLine($"publishing the AOT bootstrap to {output} (pass --aot PATH to skip)…");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false };
        foreach (var arg in new[] { "publish", "src/EcsScaling.Functions", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-p:StripSymbols=true", "-o", output, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start)!;
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0 ? Path.Combine(output, "bootstrap") : throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode})");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (Functions.sln not found)");
    }
}

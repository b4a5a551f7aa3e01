using System.Diagnostics;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>The bootstrap as built, run as its own process: JIT (the bootstrap.dll built with the tests) or AOT.</summary>
public static class BuiltBootstrap
{
    public enum Build
    {
        Jit,
        Aot,
    }

    /// <summary>
    /// Starts the build against a Runtime API; AOT is the published binary named by ECS_SCALING_AOT_BOOTSTRAP
    /// (CI publishes it first), and the test is skipped without it. <paramref name="environment"/> adds variables.
    /// </summary>
    public static Process Start(Build build, string runtimeApi, string handler, IReadOnlyDictionary<string, string>? environment = null)
    {
        var aot = Environment.GetEnvironmentVariable("ECS_SCALING_AOT_BOOTSTRAP");
        Skip.If(build == Build.Aot && string.IsNullOrEmpty(aot), "set ECS_SCALING_AOT_BOOTSTRAP to a published Native AOT bootstrap to run this against it");
        var start = new ProcessStartInfo(build == Build.Aot ? aot! : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            Environment = { ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi, ["_HANDLER"] = handler },
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (build == Build.Jit)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bootstrap.dll"));
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start the {build} bootstrap");
    }
}

using System.Diagnostics;

namespace EcsScaling.Cli.Tests.Simulate.Report;

/// <summary>
/// A real headless Chromium (Debian's package) opening a local file, with a fresh profile and nothing
/// that phones home. Missing Chromium skips with a visible reason, unless ECS_SCALING_REQUIRE_MOTO=1 (CI)
/// makes it a failure.
/// </summary>
internal sealed class Chromium(string executable, string workDirectory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private int runs;

    public static Chromium Require(string workDirectory)
    {
        var executable = new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        if (executable is null)
        {
            const string reason = "chromium is not on PATH (apt-get install -y --no-install-recommends chromium)";
            Assert.False(Environment.GetEnvironmentVariable("ECS_SCALING_REQUIRE_MOTO") == "1", "ECS_SCALING_REQUIRE_MOTO=1 but " + reason);
            Skip.If(true, reason);
        }

        return new Chromium(executable!, workDirectory);
    }

    /// <summary>The DOM as Chromium parsed it, serialized back to HTML.</summary>
    public string DumpDom(string htmlFile) => Run("--dump-dom", new Uri(htmlFile).AbsoluteUri);

    public byte[] Screenshot(string htmlFile, int width, int height)
    {
        var png = Path.Combine(workDirectory, $"screenshot-{runs}.png");
        Run($"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1", new Uri(htmlFile).AbsoluteUri);
        Assert.True(File.Exists(png), $"chromium wrote no screenshot at {png}");
        return File.ReadAllBytes(png);
    }

    private string Run(params string[] arguments)
    {
        var profile = Path.Combine(workDirectory, $"profile-{++runs}");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
                 }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s");
        }

        Assert.True(process.ExitCode == 0, $"chromium {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stderr.Result}");
        return stdout.Result;
    }
}

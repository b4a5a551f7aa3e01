using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>Outcome of one validate_requests.py run: its exit code and everything it printed.</summary>
public sealed record ValidatorRun(int ExitCode, string Output);

/// <summary>
/// Runs validate_requests.py once over a batch of captured requests and declared operations, with
/// python3 and the botocore models installed on the machine. Missing python3 or botocore makes the
/// run unavailable: callers skip with the reason, or fail under ECS_SCALING_REQUIRE_MOTO=1 (CI).
/// </summary>
public static class BotocoreValidator
{
    private const int BotocoreMissing = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string ScriptPath { get; } = FindScript();

    /// <summary>The run, or null with the reason why it could not happen.</summary>
    public static (ValidatorRun? Run, string? UnavailableReason) Validate(IEnumerable<CapturedRequest> requests, IEnumerable<DeclaredOperation> declared)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ecs-scaling-requests-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { requests, declared }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        try
        {
            var run = Python(file);
            return run.ExitCode == BotocoreMissing ? (null, run.Output.Trim()) : (run, null);
        }
        catch (Win32Exception e)
        {
            return (null, $"python3 could not be started ({e.Message}); install Python 3 with botocore (pip install botocore)");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The run, after skipping (or, under ECS_SCALING_REQUIRE_MOTO=1, failing) when it is unavailable.</summary>
    public static ValidatorRun Require((ValidatorRun? Run, string? UnavailableReason) outcome)
    {
        if (outcome.Run is { } run)
        {
            return run;
        }

        if (Environment.GetEnvironmentVariable("ECS_SCALING_REQUIRE_MOTO") == "1")
        {
            Assert.Fail("ECS_SCALING_REQUIRE_MOTO=1 but the service-model check cannot run: " + outcome.UnavailableReason);
        }

        Skip.If(true, outcome.UnavailableReason);
        return null!;
    }

    private static ValidatorRun Python(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("python3", [ScriptPath, file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{ScriptPath} did not finish within {Timeout.TotalSeconds} s");
        }

        return new ValidatorRun(process.ExitCode, output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult());
    }

    /// <summary>The script stays next to this file in the source tree; the tests run from bin/ below it.</summary>
    private static string FindScript()
    {
        const string relative = "ServiceModel/validate_requests.py";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found in {AppContext.BaseDirectory} or any directory above it");
    }
}

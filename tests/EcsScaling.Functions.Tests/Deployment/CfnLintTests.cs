using System.ComponentModel;
using System.Diagnostics;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>cfn-lint (with the SAM transform) must accept template.yaml. CI sets ECS_SCALING_REQUIRE_MOTO=1 and then requires the tool.</summary>
public class CfnLintTests
{
    [SkippableFact]
    public void Template_passes_cfn_lint()
    {
        var (exitCode, output) = Run("cfn-lint", SamTemplate.Path);

        Assert.True(exitCode == 0, $"cfn-lint {SamTemplate.Path} exited {exitCode}:\n{output}");
    }

    private static (int ExitCode, string Output) Run(string tool, string template)
    {
        var start = new ProcessStartInfo(tool, [template]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            var required = Environment.GetEnvironmentVariable("ECS_SCALING_REQUIRE_MOTO") == "1";
            Assert.False(required, $"{tool} is required (ECS_SCALING_REQUIRE_MOTO=1) but could not start: {e.Message}");
            Skip.If(true, $"{tool} is not installed ({e.Message}); install it with pip install cfn-lint");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
    }
}

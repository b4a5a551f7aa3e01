using System.ComponentModel;
using System.Diagnostics;
using EcsScaling.Aws.AutoScaling;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>
/// What AutoScalingOperations reads of a group's instance lifecycle policy is where botocore's autoscaling model puts
/// it: AutoScalingGroup.InstanceLifecyclePolicy.RetentionTriggers.TerminateHookAbandon, a RetentionAction whose
/// values include the one we read as "retains".
/// </summary>
public class InstanceLifecyclePolicyModelTests
{
    private const string Script = """
        import sys
        try:
            import botocore.session
        except ImportError:
            print("botocore is not installed (pip install botocore)"); sys.exit(3)
        shape = botocore.session.get_session().get_service_model("autoscaling").shape_for("AutoScalingGroup")
        path = sys.argv[1:]
        for name in path:
            if name not in shape.members:
                print("missing " + name); sys.exit(1)
            shape = shape.members[name]
        print(shape.name + " " + ",".join(shape.enum))
        """;

    [SkippableFact]
    public void The_model_has_the_path_we_read_and_the_value_we_read_as_retain()
    {
        var (exitCode, output) = Run(AutoScalingOperations.TerminateHookAbandonPath);
        if (exitCode == 3)
        {
            Assert.False(Environment.GetEnvironmentVariable("ECS_SCALING_REQUIRE_MOTO") == "1", "ECS_SCALING_REQUIRE_MOTO=1 but botocore is missing: " + output);
            Skip.If(true, output.Trim());
        }

        Assert.True(exitCode == 0, output);
        var parts = output.Trim().Split(' ');
        Assert.Equal("RetentionAction", parts[0]);
        Assert.Contains(AutoScalingOperations.RetainAction, parts[1].Split(','));
    }

    [SkippableFact]
    public void A_path_the_model_lacks_is_reported()
    {
        var (exitCode, output) = Run(["InstanceLifecyclePolicy", "RetentionTriggers", "TerminateHookAbandonTypo"]);
        Skip.If(exitCode == 3, output.Trim());

        Assert.Equal((1, "missing TerminateHookAbandonTypo"), (exitCode, output.Trim()));
    }

    private static (int ExitCode, string Output) Run(IEnumerable<string> path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", ["-c", Script, .. path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (Win32Exception e)
        {
            return (3, $"python3 could not be started ({e.Message})");
        }
    }
}

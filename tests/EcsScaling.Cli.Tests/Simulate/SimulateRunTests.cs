using System.Text.Json;
using EcsScaling.Cli.Simulate;

namespace EcsScaling.Cli.Tests.Simulate;

public class SimulateRunTests
{
    [Fact]
    public void The_demo_runs_to_completion_and_its_json_report_describes_the_run()
    {
        var (exit, _, stdout) = SimulateHarness.Run(new SimulateSettings("demo", Seed: 3, Json: true));

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("demo", report.GetProperty("scenario").GetString());
        Assert.Equal(3, report.GetProperty("seed").GetInt32());
        Assert.Equal(1800, report.GetProperty("virtualSeconds").GetDouble());
        Assert.Equal(3, report.GetProperty("invariants").GetArrayLength());
        Assert.Contains(report.GetProperty("instances").EnumerateArray(), i => i.GetProperty("fate").GetString() == "launched" && i.GetProperty("tasksBefore").GetInt32() == 0);

        // The real drain function is plugged in (CapabilitySeam): the scale-in hooks are completed, none times out.
        Assert.All(report.GetProperty("drains").EnumerateArray(), d => Assert.Equal("completed", d.GetProperty("outcome").GetString()));
        Assert.Contains(report.GetProperty("narration").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("drain function invoked", StringComparison.Ordinal));
        Assert.Contains(report.GetProperty("functions").EnumerateArray(), f => f.GetProperty("name").GetString() == "rebalance" && f.GetProperty("invocations").GetInt32() > 0);

        // The real policies function too: the load alarm switches to the surge profile, its end brings normal back after the hold.
        var narration = report.GetProperty("narration").EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToList();
        Assert.Contains(narration, n => n.StartsWith("policy profile normal → surge (alarm:prod-cpu-reservation-high)", StringComparison.Ordinal));
        Assert.Contains(narration, n => n.StartsWith("policy profile surge → normal", StringComparison.Ordinal));
        Assert.All(report.GetProperty("functions").EnumerateArray(), f => Assert.Equal(0, f.GetProperty("errors").GetInt32()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_json()
    {
        var first = SimulateHarness.Run(new SimulateSettings("demo", 5, Json: true)).Stdout;
        var second = SimulateHarness.Run(new SimulateSettings("demo", 5, Json: true)).Stdout;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Text_output_narrates_and_ends_with_the_summary_tables()
    {
        var (exit, console, stdout) = SimulateHarness.Run(new SimulateSettings("spot", 1, Json: false));

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        Assert.Contains("Spot warning for i-", console, StringComparison.Ordinal);
        Assert.Contains("Instances", console, StringComparison.Ordinal);
        Assert.Contains("Invariants", console, StringComparison.Ordinal);
        Assert.Contains("Replay with --seed 1", console, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_for_a_scenario_without_a_day_timeline_fails_with_bad_input_and_writes_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ecs-scaling-no-day-{Guid.NewGuid():N}.html");
        var stderr = new StringWriter();

        var (exit, _, stdout) = SimulateHarness.Run(new SimulateSettings("demo", 1, Json: true, Report: path), stderr);

        Assert.Equal(EcsScaling.Cli.Ops.ExitCodes.BadInput, exit);
        Assert.Contains("--report needs a day-long scenario such as diurnal", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.False(File.Exists(path));
    }
}

namespace EcsScaling.Cli.Tests.Ops;

public class InvokeCommandTests
{
    [Fact]
    public async Task Runs_the_ops_function_on_a_sample()
    {
        var run = await Cli.RunAsync("invoke", "ops", Cli.Event("ops-rebalance-plan.json"), "--simulate", "-o", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal("DryRun", run.Json().GetProperty("rebalance").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Dry_run_reaches_the_function_through_the_environment()
    {
        var executed = await Cli.RunAsync("invoke", "ops", Cli.Event("ops-rebalance.json"), "--simulate", "-o", "json");
        var planned = await Cli.RunAsync("invoke", "ops", Cli.Event("ops-rebalance.json"), "--simulate", "--dry-run", "-o", "json");

        Assert.Equal("WaveStarted", executed.Json().GetProperty("rebalance").GetProperty("outcome").GetString());
        Assert.True(planned.Json().GetProperty("dryRun").GetBoolean());
        Assert.Equal("DryRun", planned.Json().GetProperty("rebalance").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Runs_an_event_driven_handler_on_an_aws_event_sample()
    {
        var run = await Cli.RunAsync("invoke", "drain", Cli.Event("lifecycle-terminate.eventbridge.json"), "--simulate", "--dry-run", "-o", "json");

        Assert.Equal(0, run.Code);
        Assert.True(run.Json().GetProperty("dryRun").GetBoolean());
        Assert.Equal("LifecycleActionEvent", run.Json().GetProperty("event").GetString());
    }

    [Fact]
    public async Task Table_output_is_indented_json()
    {
        var run = await Cli.RunAsync("invoke", "parse-event", Cli.Event("spot-interruption-warning.json"), "--simulate");

        Assert.Equal(0, run.Code);
        Assert.Contains("\n  \"", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "ops-status.json", "not a function")]
    [InlineData("ops", "missing.json", "missing.json")]
    [InlineData("ops", "lifecycle-terminate.eventbridge.json", "command")]
    public async Task Bad_function_file_or_payload_exits_with_2(string function, string file, string expected)
    {
        var run = await Cli.RunAsync("invoke", function, Cli.Event(file), "--simulate");

        Assert.Equal(2, run.Code);
        Assert.Contains(expected, run.Err, StringComparison.Ordinal);
    }
}

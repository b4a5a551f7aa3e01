namespace EcsScaling.Cli.Tests.Ops;

public class OpsCommandLineTests
{
    [Fact]
    public async Task Help_lists_every_command_and_the_exit_codes()
    {
        var help = await Cli.RunAsync("--help");

        Assert.Equal(0, help.Code);
        foreach (var command in new[] { "status", "drain", "undrain", "complete-hook", "rebalance", "policies", "invoke" })
        {
            Assert.Contains(command, help.Out, StringComparison.Ordinal);
        }

        Assert.Single(Occurrences(help.Out, "Exit codes"));
        Assert.Contains("3 changes pending", help.Out, StringComparison.Ordinal);
        Assert.Contains("ECS_SCALING_CLUSTERS", help.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("drain")]
    [InlineData("complete-hook")]
    [InlineData("rebalance")]
    [InlineData("invoke")]
    public async Task Each_command_documents_its_options_and_leaves_the_exit_codes_to_the_root_help(string command)
    {
        var help = await Cli.RunAsync(command, "--help");

        Assert.Equal(0, help.Code);
        Assert.DoesNotContain("Exit codes", help.Out, StringComparison.Ordinal);
        Assert.Contains("--simulate", help.Out, StringComparison.Ordinal);
        Assert.Contains("--output", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policies_has_diff_and_apply_with_a_policy_profile()
    {
        var help = await Cli.RunAsync("policies", "apply", "--help");

        Assert.Contains("--policy-profile", help.Out, StringComparison.Ordinal);
        Assert.Contains("--dry-run", help.Out, StringComparison.Ordinal);
        Assert.Contains("diff", (await Cli.RunAsync("policies", "--help")).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drain")]
    [InlineData("reboot", "i-0123abcd")]
    [InlineData("status", "--output", "yaml")]
    [InlineData("complete-hook", "i-0123abcd", "--simulate", "--result", "CONTINUE")]
    [InlineData("rebalance", "prod", "--simulate", "--execute", "--dry-run")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        Assert.Equal(2, (await Cli.RunAsync(args)).Code);
    }

    [Theory]
    [InlineData("instanceId", "drain", "i-xyz", "--simulate")]
    [InlineData("instanceId", "undrain", "i-0123abcd; reboot", "--simulate")]
    [InlineData("result", "complete-hook", "i-0123abcd", "--simulate", "--result", "RETRY", "--reason", "stuck")]
    [InlineData("reason", "complete-hook", "i-0123abcd", "--simulate", "--result", "ABANDON", "--reason", " ")]
    [InlineData("cluster", "rebalance", "prod;ls", "--simulate")]
    [InlineData("profile", "policies", "diff", "--policy-profile", "../x", "--simulate")]
    public async Task Bad_values_exit_with_2_naming_the_field_and_write_nothing_to_stdout(string field, params string[] args)
    {
        var run = await Cli.RunAsync(args);

        Assert.Equal(2, run.Code);
        Assert.StartsWith($"error: {field}:", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Status_reports_the_simulated_cluster_as_json()
    {
        var run = await Cli.RunAsync("status", "--simulate", "--output", "json");

        Assert.Equal(0, run.Code);
        var cluster = run.Json().GetProperty("status").GetProperty("clusters")[0].GetProperty("measurement");
        Assert.Equal("prod", cluster.GetProperty("cluster").GetString());
        Assert.Equal(9, cluster.GetProperty("instances").GetArrayLength());
    }

    [Fact]
    public async Task Status_as_a_table_shows_instances_and_the_profile()
    {
        var run = await Cli.RunAsync("status", "--simulate");

        Assert.Equal(0, run.Code);
        Assert.Contains("imbalance", run.Out, StringComparison.Ordinal);
        Assert.Contains("ACTIVE", run.Out, StringComparison.Ordinal);
        Assert.Contains("Policy profile: normal", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_dry_run_plans_and_drain_applies()
    {
        var instance = await Cli.BusyInstanceAsync();

        var plan = await Cli.RunAsync("drain", instance, "--simulate", "--dry-run", "-o", "json");
        var applied = await Cli.RunAsync("drain", instance, "--simulate", "-o", "json");

        Assert.Equal(0, plan.Code);
        Assert.True(plan.Json().GetProperty("dryRun").GetBoolean());
        Assert.Equal("planned", plan.Json().GetProperty("drain").GetProperty("decisions")[0].GetProperty("outcome").GetString());
        Assert.Equal(0, applied.Code);
        Assert.Equal("applied", applied.Json().GetProperty("drain").GetProperty("decisions")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Undrain_of_an_active_instance_is_a_no_op()
    {
        var run = await Cli.RunAsync("undrain", await Cli.BusyInstanceAsync(), "--simulate", "-o", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal("no-op", run.Json().GetProperty("drain").GetProperty("decisions")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Complete_hook_without_a_pending_action_fails_with_1_and_says_why()
    {
        var run = await Cli.RunAsync("complete-hook", await Cli.BusyInstanceAsync(), "--simulate", "--result", "CONTINUE", "--reason", "on-call", "-o", "json");

        Assert.Equal(1, run.Code);
        var decision = run.Json().GetProperty("drain").GetProperty("decisions")[0];
        Assert.Equal("ignored", decision.GetProperty("outcome").GetString());
        Assert.Contains("no lifecycle action pending", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_of_an_unknown_instance_fails_with_1()
    {
        Assert.Equal(1, (await Cli.RunAsync("drain", "i-0123456789abcdef0", "--simulate", "-o", "json")).Code);
    }

    [Fact]
    public async Task Rebalance_plans_by_default_with_exit_3_and_executes_on_request()
    {
        var plan = await Cli.RunAsync("rebalance", "prod", "--simulate", "-o", "json");
        var run = await Cli.RunAsync("rebalance", "prod", "--simulate", "--execute", "-o", "json");

        Assert.Equal(3, plan.Code);
        var planned = plan.Json().GetProperty("rebalance");
        Assert.Equal("DryRun", planned.GetProperty("outcome").GetString());
        Assert.True(planned.GetProperty("plan").GetProperty("moves").GetArrayLength() > 0);
        Assert.Equal(0, run.Code);
        Assert.Equal("WaveStarted", run.Json().GetProperty("rebalance").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Rebalance_plan_as_a_table_lists_the_moves()
    {
        var run = await Cli.RunAsync("rebalance", "prod", "--simulate");

        Assert.Equal(3, run.Code);
        Assert.Contains("Dry run: nothing was changed.", run.Out, StringComparison.Ordinal);
        Assert.Contains("score after", run.Out, StringComparison.Ordinal);
        Assert.Contains("tasks misplaced", run.Out, StringComparison.Ordinal);
        Assert.Contains("spread", run.Out, StringComparison.Ordinal);
        Assert.Contains("Moves", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policies_diff_finds_drift_with_3_and_apply_fixes_it()
    {
        var diff = await Cli.RunAsync("policies", "diff", "--simulate", "-o", "json");
        var dryRun = await Cli.RunAsync("policies", "apply", "--simulate", "--dry-run", "-o", "json");
        var apply = await Cli.RunAsync("policies", "apply", "--simulate", "-o", "json");

        Assert.Equal(3, diff.Code);
        Assert.Equal("Drift", diff.Json().GetProperty("policies").GetProperty("outcome").GetString());
        Assert.True(diff.Json().GetProperty("policies").GetProperty("changes").GetArrayLength() > 0);
        Assert.Equal(3, dryRun.Code);
        Assert.Equal("Planned", dryRun.Json().GetProperty("policies").GetProperty("outcome").GetString());
        Assert.Equal(0, apply.Code);
        Assert.Equal("Applied", apply.Json().GetProperty("policies").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Policies_diff_as_a_table_shows_each_difference()
    {
        var run = await Cli.RunAsync("policies", "diff", "--simulate");

        Assert.Contains("ecs-scaling-cpu", run.Out, StringComparison.Ordinal);
        Assert.Contains("targetValue", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_option_overrides_the_configured_clusters()
    {
        var run = await Cli.RunAsync("status", "--simulate", "--cluster", "staging", "-o", "json");

        Assert.Equal(1, run.Code);
        Assert.Contains("staging", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebalance_of_a_cluster_missing_in_the_simulator_fails_with_1_naming_it()
    {
        var run = await Cli.RunAsync("rebalance", "staging", "--simulate", "-o", "json");

        Assert.Equal(1, run.Code);
        Assert.Contains("staging", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_executed_rebalance_that_failed_exits_1_with_the_error_on_stderr()
    {
        var run = await Cli.RunAsync("rebalance", "staging", "--simulate", "--cluster", "staging", "--execute", "-o", "json");

        Assert.Equal(1, run.Code);
        Assert.Equal("Failed", run.Json().GetProperty("rebalance").GetProperty("outcome").GetString());
        Assert.Contains("error: rebalance failed for cluster staging: cluster 'staging' not found", run.Err, StringComparison.Ordinal);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}

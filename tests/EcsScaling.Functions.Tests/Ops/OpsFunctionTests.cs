using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Ops;

/// <summary>The function end to end: FunctionCatalog.Resolve("ops") on each events/ops-*.json sample, over the simulator.</summary>
public class OpsFunctionTests
{
    [Theory]
    [InlineData("ops-status.json", "status", "status")]
    [InlineData("ops-drain.json", "drain", "drain")]
    [InlineData("ops-undrain.json", "undrain", "drain")]
    [InlineData("ops-complete-hook.json", "complete-hook", "drain")]
    [InlineData("ops-rebalance-plan.json", "rebalance", "rebalance")]
    [InlineData("ops-rebalance.json", "rebalance", "rebalance")]
    [InlineData("ops-policies-diff.json", "policies", "policies")]
    [InlineData("ops-policies-apply.json", "policies", "policies")]
    public void Each_sample_is_answered_with_its_result(string sample, string command, string resultField)
    {
        var ops = new OpsSimulation();

        using var response = JsonDocument.Parse(ops.Invoke(Samples.Bytes(sample)));

        Assert.Equal(command, response.RootElement.GetProperty("command").GetString());
        Assert.Equal(JsonValueKind.Object, response.RootElement.GetProperty(resultField).ValueKind);
    }

    [Fact]
    public void Samples_for_instance_commands_name_an_instance_the_simulator_lacks_so_they_change_nothing()
    {
        foreach (var sample in new[] { "ops-drain.json", "ops-undrain.json", "ops-complete-hook.json" })
        {
            var ops = new OpsSimulation();
            var before = ops.MutatingCalls;

            using var response = JsonDocument.Parse(ops.Invoke(Samples.Bytes(sample)));

            Assert.Equal("ignored", response.RootElement.GetProperty("drain").GetProperty("decisions")[0].GetProperty("outcome").GetString());
            Assert.Equal(before, ops.MutatingCalls);
        }
    }

    [Fact]
    public void Every_ops_sample_is_covered()
    {
        var samples = Directory.GetFiles(Samples.Directory, "ops-*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ops-complete-hook.json", "ops-drain.json", "ops-policies-apply.json", "ops-policies-diff.json", "ops-rebalance-plan.json", "ops-rebalance.json", "ops-status.json", "ops-undrain.json"],
            samples);
    }

    [Fact]
    public void Rebalance_sample_executes_and_the_plan_sample_only_plans()
    {
        var ops = new OpsSimulation();
        var before = ops.MutatingCalls;

        using var plan = JsonDocument.Parse(ops.Invoke(Samples.Bytes("ops-rebalance-plan.json")));
        Assert.Equal("DryRun", plan.RootElement.GetProperty("rebalance").GetProperty("outcome").GetString());
        Assert.Equal(before, ops.MutatingCalls);

        using var run = JsonDocument.Parse(ops.Invoke(Samples.Bytes("ops-rebalance.json")));
        Assert.Equal("WaveStarted", run.RootElement.GetProperty("rebalance").GetProperty("outcome").GetString());
    }

    [Fact]
    public void A_rebalance_that_failed_is_answered_as_an_error_with_its_result_logged()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "ghost" });

        var error = Assert.Throws<OpsCommandFailedException>(() => ops.Invoke(Samples.Utf8("""{ "command": "rebalance", "cluster": "ghost", "dryRun": false }""")));

        Assert.Equal("rebalance failed for cluster ghost: cluster 'ghost' not found", error.Message);
        var logged = Assert.Single(ops.Telemetry.Logs, l => l.Message == "ops command failed");
        Assert.Contains("\"outcome\":\"Failed\"", (string)logged.Fields["result"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drain_that_failed_is_a_failure_and_an_ignored_one_is_not()
    {
        OpsResponse Drain(DrainOutcome outcome) => new("drain", false, Drain: new DrainResult("ManualDrain", false, [new DrainDecision("manual-drain", "i-0123abcd", "throttled", [], Outcome: outcome)]));

        Assert.Equal("drain failed: manual-drain i-0123abcd: throttled", OpsCommandFailedException.Failure(Drain(DrainOutcome.Failed)));
        Assert.Null(OpsCommandFailedException.Failure(Drain(DrainOutcome.Ignored)));
        Assert.Null(OpsCommandFailedException.Failure(new OpsResponse("rebalance", false, Rebalance: RebalanceResult.Of("prod", RebalanceOutcome.Aborted, "floor"))));
    }

    [Fact]
    public void Observe_mode_turns_every_command_into_a_plan()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_DRY_RUN"] = "true" });
        var before = ops.MutatingCalls;

        using var response = JsonDocument.Parse(ops.Invoke(Samples.Bytes("ops-rebalance.json")));

        Assert.True(response.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal("DryRun", response.RootElement.GetProperty("rebalance").GetProperty("outcome").GetString());
        Assert.Equal(before, ops.MutatingCalls);
    }

    [Fact]
    public void A_bad_command_fails_the_invocation_naming_the_field_before_any_call()
    {
        var ops = new OpsSimulation();
        var calls = ops.Sim.Api.Calls.Total;

        var error = Assert.Throws<EventParseException>(() => ops.Invoke(Samples.Utf8("""{"command":"drain","instanceId":"i-0123abcd","force":true}""")));

        Assert.Equal("force", error.Path);
        Assert.Equal(calls, ops.Sim.Api.Calls.Total);
    }
}

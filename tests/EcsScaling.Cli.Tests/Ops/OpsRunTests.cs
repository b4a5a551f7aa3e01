using EcsScaling.Cli.Ops;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Ops;
using Spectre.Console;

namespace EcsScaling.Cli.Tests.Ops;

public class OpsRunTests
{
    private static readonly DriftItem Change = new(Core.Model.ScalableResourceKind.EcsService, "service/prod/web", DriftSubject.Policy, "ecs-scaling-cpu", DriftAction.Update, []);

    [Theory]
    [InlineData(DrainOutcome.Applied, 0)]
    [InlineData(DrainOutcome.Planned, 0)]
    [InlineData(DrainOutcome.NoOp, 0)]
    [InlineData(DrainOutcome.Ignored, 1)]
    [InlineData(DrainOutcome.Failed, 1)]
    public void Drain_outcomes_map_to_exit_codes(DrainOutcome outcome, int code)
    {
        var response = new OpsResponse("drain", false, Drain: new DrainResult("ManualDrain", false, [new DrainDecision("manual-drain", "i-0123abcd", "r", [], Outcome: outcome)]));

        Assert.Equal(code, OpsRun.Verdict(response));
    }

    [Theory]
    [InlineData(RebalanceOutcome.WaveStarted, 0)]
    [InlineData(RebalanceOutcome.NothingToDo, 0)]
    [InlineData(RebalanceOutcome.Failed, 1)]
    [InlineData(RebalanceOutcome.Aborted, 1)]
    public void Rebalance_outcomes_map_to_exit_codes(RebalanceOutcome outcome, int code)
    {
        var response = new OpsResponse("rebalance", false, Rebalance: RebalanceResult.Of("prod", outcome, "r"));

        Assert.Equal(code, OpsRun.Verdict(response));
    }

    [Theory]
    [InlineData(PolicyOutcome.Drift, true, 3)]
    [InlineData(PolicyOutcome.Planned, true, 3)]
    [InlineData(PolicyOutcome.Planned, false, 0)]
    [InlineData(PolicyOutcome.NoChange, false, 0)]
    [InlineData(PolicyOutcome.Applied, true, 0)]
    public void Policy_drift_or_a_non_empty_plan_is_3(PolicyOutcome outcome, bool changes, int code)
    {
        var response = new OpsResponse("policies", true, Policies: new PolicyResult(outcome, "normal", null, true, changes ? [Change] : [], "m"));

        Assert.Equal(code, OpsRun.Verdict(response));
    }

    private static IAnsiConsole Silent() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });

    public static TheoryData<Exception, int> Failures => new()
    {
        { new AwsCallException("ecs", "UpdateContainerInstancesState", "AccessDeniedException", "not allowed", "req-9", 400), 1 },
        { new EventParseException("instanceId", "bad"), 2 },
        { new ConfigurationException("drain", ["ECS_SCALING_ASG_NAMES: is required"]), 2 },
        { new HttpRequestException("connection refused"), 1 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Failures_become_an_error_without_stack_trace_on_stderr_and_an_exit_code(Exception failure, int code)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await OpsRun.GuardAsync(new OpsIo(output, error, Silent()), () => throw failure);

        Assert.Equal(code, exit);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Aws_errors_name_service_operation_code_and_request_id()
    {
        using var error = new StringWriter();

        await OpsRun.GuardAsync(new OpsIo(TextWriter.Null, error, Silent()),
            () => throw new AwsCallException("ecs", "UpdateContainerInstancesState", "AccessDeniedException", "not allowed", "req-9", 400));

        Assert.Contains("ecs UpdateContainerInstancesState failed: AccessDeniedException: not allowed (HTTP 400, request id req-9)", error.ToString(), StringComparison.Ordinal);
    }
}

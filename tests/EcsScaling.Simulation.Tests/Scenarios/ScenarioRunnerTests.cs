using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Scenarios;

public class ScenarioRunnerTests
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    [Fact]
    public void Without_a_drain_function_a_scale_in_loses_tasks_and_the_failing_seed_is_named()
    {
        var results = ScenarioRunner.RunSeeds(ScenarioCatalog.ScaleIn(), [11]);

        var report = ScenarioRunner.DescribeFailures(results);

        Assert.NotNull(report);
        Assert.Contains("replay with seed 11", report, StringComparison.Ordinal);
        Assert.Contains(results[0].Violations, v => v.Invariant == Invariants.NoUnsafeTermination.Name);
        Assert.Contains(results[0].Violations, v => v.Invariant == Invariants.LifecycleActionsCompletedInTime.Name);
    }

    [Theory]
    [InlineData("scale-in")]
    [InlineData("spot")]
    [InlineData("unreliable")]
    public void With_a_plain_drain_function_every_invariant_holds_over_many_seeds(string name)
    {
        var scenario = ScenarioCatalog.Create(name).With(ReferenceDrain.Register);

        var results = ScenarioRunner.RunSeeds(scenario, Seeds);

        Assert.True(ScenarioRunner.DescribeFailures(results) is null, ScenarioRunner.DescribeFailures(results));
        Assert.All(results, r => Assert.Contains(r.Functions, f => f.Name == "sweeper" && f.Invocations > 0));
    }

    [Fact]
    public void A_seed_replays_exactly()
    {
        var scenario = ScenarioCatalog.Unreliable().With(ReferenceDrain.Register);

        var first = ScenarioRunner.Run(scenario, 42);
        var second = ScenarioRunner.Run(scenario, 42);

        Assert.Equal(first.Instances, second.Instances);
        Assert.Equal(first.Drains, second.Drains);
        Assert.Equal(first.ApiCalls, second.ApiCalls);
        Assert.Equal(first.EventsEmitted, second.EventsEmitted);
    }

    [Fact]
    public void A_function_that_outlives_its_timeout_is_cancelled_and_reported()
    {
        var scenario = ScenarioCatalog.ScaleIn().With((context, functions) =>
            functions.Every("slow", TimeSpan.FromMinutes(10), cancellationToken => Task.Delay(TimeSpan.FromHours(1), context.Clock, cancellationToken)));

        var result = ScenarioRunner.Run(scenario, 1);

        var slow = Assert.Single(result.Functions, f => f.Name == "slow");
        Assert.Equal(2, slow.Invocations);
        Assert.All(slow.ErrorMessages, m => Assert.Contains("function timeout", m, StringComparison.Ordinal));
    }

    [Fact]
    public void The_demo_runs_and_reports_instances_drains_and_api_calls()
    {
        var result = ScenarioRunner.Run(ScenarioCatalog.Demo(), 7);

        Assert.Contains(result.Instances, i => i.Fate == "launched" && i.TasksBefore == 0);
        Assert.Contains(result.Instances, i => i.Fate == "terminated");
        Assert.NotEmpty(result.Drains);
        Assert.Equal(3, result.InvariantsChecked.Count);
    }
}

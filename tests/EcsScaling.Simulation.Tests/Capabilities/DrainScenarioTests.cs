using System.Diagnostics;
using EcsScaling.Simulation.Scenarios;
using Xunit.Abstractions;

namespace EcsScaling.Simulation.Tests.Capabilities;

public class DrainScenarioTests(ITestOutputHelper output)
{
    /// <summary>1,000 seeds take about 12 s on a loaded 2-core machine; ECS_SCALING_SCENARIO_SEEDS overrides (e.g. 10000 for a soak).</summary>
    private static int SeedCount => int.TryParse(System.Environment.GetEnvironmentVariable("ECS_SCALING_SCENARIO_SEEDS"), out var n) && n > 0 ? n : 1000;

    /// <summary>The scale-in scenario over many seeds, each with a crash after a seed-dependent number of calls; register plugs the drain function in.</summary>
    private static (List<ScenarioResult> Failures, int Crashes, int Completed) RunSeeds(int seeds, Action<ScenarioContext, ScenarioFunctions, AuditedGateways> register)
    {
        var failures = new List<ScenarioResult>();
        var (crashes, completed) = (0, 0);
        foreach (var seed in Enumerable.Range(1, seeds))
        {
            var audit = new AuditedGateways();
            var scenario = DrainScenario.Create();
            scenario.Invariants.Add(DrainInvariants.ForeignResourcesUntouched(audit));
            scenario.With((context, functions) =>
            {
                audit.CrashAfter(5 + (seed % 60));
                register(context, functions, audit);
                DrainScenario.RegisterNeighbours(context, functions);
            });

            var result = ScenarioRunner.Run(scenario, seed);
            crashes += audit.Crashes;
            completed += result.Drains.Count(d => d.Hook == StandardCluster.DrainHook && d.Outcome == "completed");
            if (!result.Passed)
            {
                failures.Add(result);
            }
        }

        return (failures, crashes, completed);
    }

    [Fact]
    public void Scale_in_through_the_real_drain_function_keeps_R1_R2_R6_over_many_seeds_with_faults_and_a_crash()
    {
        var wall = Stopwatch.StartNew();
        var (failures, crashes, completed) = RunSeeds(SeedCount, (context, functions, audit) => DrainScenario.RegisterDrain(context, functions, DrainScenario.Environment(), audit));

        output.WriteLine($"{SeedCount} seeds in {wall.Elapsed.TotalSeconds:0.0} s; {crashes} injected crashes; {completed} drains completed");
        Assert.True(failures.Count == 0, ScenarioRunner.DescribeFailures(failures));
        Assert.Equal(SeedCount, crashes);
        Assert.True(completed >= 2 * SeedCount, $"expected at least 2 completed drains per seed, got {completed}");
    }

    [Fact]
    public void Scale_in_in_queue_mode_keeps_R1_R2_R6_over_many_seeds_with_the_same_faults_and_a_crash_mid_batch()
    {
        var seeds = Math.Max(1, SeedCount / 4);
        var pollers = new List<EcsScaling.Simulation.Queues.LambdaQueuePoller>();
        var (failures, crashes, completed) = RunSeeds(seeds, (context, functions, audit) =>
            pollers.Add(DrainScenario.RegisterQueuedDrain(context, functions, DrainScenario.Environment(), audit).Poller));
        var (batches, failedBatches) = (pollers.Sum(p => p.Invocations), pollers.Sum(p => p.FailedInvocations));

        output.WriteLine($"{seeds} seeds in queue mode; {crashes} injected crashes; {batches} batches, {failedBatches} failed (redelivered); {completed} drains completed");
        Assert.True(failures.Count == 0, ScenarioRunner.DescribeFailures(failures));
        Assert.Equal(seeds, crashes);
        Assert.True(batches > seeds, $"expected the queue to deliver batches, got {batches}");
        Assert.True(failedBatches > 0, "expected some crashes to land mid-batch (the batch redelivered and finished)");
        Assert.True(completed >= 2 * seeds, $"expected at least 2 completed drains per seed, got {completed}");
    }
}

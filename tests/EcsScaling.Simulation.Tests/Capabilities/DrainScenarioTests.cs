using System.Diagnostics;
using EcsScaling.Simulation.Scenarios;
using Xunit.Abstractions;

namespace EcsScaling.Simulation.Tests.Capabilities;

public class DrainScenarioTests(ITestOutputHelper output)
{
    /// <summary>1,000 seeds take about 12 s on a loaded 2-core machine; ECS_SCALING_SCENARIO_SEEDS overrides (e.g. 10000 for a soak).</summary>
    private static int SeedCount => int.TryParse(System.Environment.GetEnvironmentVariable("ECS_SCALING_SCENARIO_SEEDS"), out var n) && n > 0 ? n : 1000;

    [Fact]
    public void Scale_in_through_the_real_drain_function_keeps_R1_R2_R6_over_many_seeds_with_faults_and_a_crash()
    {
        var wall = Stopwatch.StartNew();
        var failures = new List<ScenarioResult>();
        var crashes = 0;
        var completed = 0;
        foreach (var seed in Enumerable.Range(1, SeedCount))
        {
            var audit = new AuditedGateways();
            var scenario = DrainScenario.Create();
            scenario.Invariants.Add(DrainInvariants.ForeignResourcesUntouched(audit));
            scenario.With((context, functions) =>
            {
                audit.CrashAfter(5 + (seed % 60));
                DrainScenario.RegisterDrain(context, functions, DrainScenario.Environment(), audit);
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

        output.WriteLine($"{SeedCount} seeds in {wall.Elapsed.TotalSeconds:0.0} s; {crashes} injected crashes; {completed} drains completed");
        Assert.True(failures.Count == 0, ScenarioRunner.DescribeFailures(failures));
        Assert.Equal(SeedCount, crashes);
        Assert.True(completed >= 2 * SeedCount, $"expected at least 2 completed drains per seed, got {completed}");
    }
}

using EcsScaling.Core.Disruption;
using EcsScaling.Core.Observability;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// The drain scenario (next to foreign hooks and a foreign cluster, with throttling, 5xx, duplicated, reordered and
/// lost events and a crash mid-run) cut from 6 instances to 3 at once under a disruption budget of one instance.
/// Lifecycle drains are never refused, since AWS terminates the instance at the hook's timeout whatever we do: all
/// three drains start and complete with no task lost, and the two that start while another is DRAINING are counted
/// over budget, a drain the sweeper starts for a lost terminate event included.
/// </summary>
public class LifecycleDrainBudgetTests
{
    private const int Seeds = 8;
    private const int Instances = 6;
    private const int ScaleInTo = 3;

    private static (ScenarioResult Result, CapturingTelemetry Telemetry) ScaleIn(string budgets, int seed)
    {
        CapturingTelemetry? telemetry = null;
        var audit = new AuditedGateways();
        var environment = new Dictionary<string, string?>(DrainScenario.Environment()) { [DisruptionBudgetsParser.Variable] = budgets };
        var scenario = DrainScenario.Create(Instances, ScaleInTo).With((context, functions) =>
        {
            telemetry = context.Simulator.CloudWatch.Telemetry;
            audit.CrashAfter(5 + (seed % 60));
            DrainScenario.RegisterDrain(context, functions, environment, audit);
            DrainScenario.RegisterNeighbours(context, functions);
        });

        return (ScenarioRunner.Run(scenario, seed), telemetry!);
    }

    [Fact]
    public void A_scale_in_of_several_instances_drains_them_all_past_a_budget_of_one_and_counts_the_drains_over_it()
    {
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            var (result, telemetry) = ScaleIn("1", seed);

            Assert.True(result.Passed, $"seed {seed}: {ScenarioRunner.DescribeFailures([result])}");
            Assert.Equal(Instances - ScaleInTo, result.Drains.Count(d => d.Hook == StandardCluster.DrainHook && d.Outcome == "completed"));
            Assert.DoesNotContain(telemetry.Logs, l => l.Message == "disruption held back by budget");
            Assert.True(Instances - ScaleInTo - 1 == telemetry.Sum(DisruptionMetrics.OverBudget), $"seed {seed}: {string.Join("; ", DrainStarts(telemetry))}");
            Assert.All(telemetry.Metrics.Where(m => m.Name == DisruptionMetrics.OverBudget),
                m => Assert.Contains(m.Dimensions, d => d.Name == DisruptionMetrics.ReasonDimension && d.Value == "scale-in"));
            Assert.Equal(Instances - ScaleInTo - 1, telemetry.Logs.Count(l => l.Level == LogLevel.Warn && Equals(l.Fields["budgetVerdict"], "Over")));
        }
    }

    /// <summary>The drain starts' log lines with their verdicts, to read a failure by.</summary>
    private static IEnumerable<string> DrainStarts(CapturingTelemetry telemetry) =>
        telemetry.Logs.Where(l => (l.Fields.GetValueOrDefault("actions") as string)?.Contains("SetDraining", StringComparison.Ordinal) == true)
            .Select(l => $"{l.Message} [{l.Fields["budgetVerdict"]}]");

    [Fact]
    public void Without_a_budget_no_drain_is_over_one()
    {
        var (result, telemetry) = ScaleIn("", 1);

        Assert.True(result.Passed, ScenarioRunner.DescribeFailures([result]));
        Assert.Equal(0, telemetry.Sum(DisruptionMetrics.OverBudget));
    }
}

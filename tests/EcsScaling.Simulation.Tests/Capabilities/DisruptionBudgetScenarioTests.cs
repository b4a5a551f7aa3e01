using EcsScaling.Core.Disruption;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// The rebalance scenario (scale-out 6 → 10, alarm at 09:04 on Monday 5 January, waves every minute,
/// throttling and reordered events) with disruption budgets: a window that holds rebalance and
/// consolidation back, then lets them run; a budget of one instance at a time.
/// </summary>
public class DisruptionBudgetScenarioTests
{
    private const int Seeds = 5;

    private static List<SimTask> RunWithBudgets(string budgets, int seed, out Simulator simulator)
    {
        Simulator? sim = null;
        var environment = new Dictionary<string, string?>(RebalanceScenario.Environment()) { [DisruptionBudgetsParser.Variable] = budgets };
        var scenario = RebalanceScenario.Create([]).With((context, functions) =>
        {
            sim = context.Simulator;
            var host = new LambdaHost(context, RebalanceFunction.Name, environment, new AuditedGateways().Wrap(context.Gateways));
            functions.OnEvent(RebalanceFunction.Name, [SimEvent.AlarmStateChange], host.InvokeAsync);
            functions.Every("rebalance-waves", TimeSpan.FromMinutes(1), host.TickAsync);
        });

        var result = ScenarioRunner.Run(scenario, seed);
        Assert.True(result.Passed, result.ToString());
        simulator = sim!;
        return [.. sim!.Ecs.Clusters[StandardCluster.Cluster].Tasks.Values
            .Where(t => t.StoppedReason?.StartsWith(RebalanceOptions.StopReasonPrefix, StringComparison.Ordinal) == true)];
    }

    [Fact]
    public void Rebalance_and_consolidation_wait_for_a_no_disruption_window_to_close_and_run_after_it()
    {
        var windowEnd = new DateTimeOffset(2026, 1, 5, 9, 20, 0, TimeSpan.Zero);
        // Without the window the same run stops tasks inside it: the window is what holds them back.
        Assert.Contains(RunWithBudgets("", 1, out _), t => t.StoppingAt < windowEnd);
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            var stopped = RunWithBudgets("rebalance,consolidation=0 at 0 9 * * mon-fri for 20m", seed, out var sim);

            Assert.NotEmpty(stopped);
            Assert.All(stopped, t => Assert.True(t.StoppingAt >= windowEnd, $"seed {seed}: {t.Arn} stopped at {t.StoppingAt:HH:mm:ss}, inside the window"));
            Assert.Contains(sim.CloudWatch.Telemetry.Logs, l => l.Message == "disruption held back by budget" && Equals(l.Fields["allowed"], 0));
            Assert.Contains(sim.CloudWatch.Telemetry.Metrics, m => m.Name == DisruptionMetrics.HeldBack);
        }
    }

    [Fact]
    public void Without_a_budget_a_wave_stops_tasks_on_several_instances() =>
        Assert.Contains(RunWithBudgets("", 1, out _).GroupBy(t => t.StoppedReason), wave => wave.Select(t => t.Instance.Ec2InstanceId).Distinct().Count() > 1);

    [Fact]
    public void A_budget_of_one_lets_each_wave_stop_tasks_on_one_instance_at_a_time()
    {
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            var stopped = RunWithBudgets("1", seed, out var sim);

            var sourcesPerWave = stopped.GroupBy(t => t.StoppedReason).Select(wave => wave.Select(t => t.Instance.Ec2InstanceId).Distinct().Count()).ToList();
            Assert.NotEmpty(sourcesPerWave);
            Assert.All(sourcesPerWave, sources => Assert.Equal(1, sources));
            Assert.True(sourcesPerWave.Count > 1 || seed > 1, "the rebalance goes on, one instance per wave");
            Assert.Contains(sim.CloudWatch.Telemetry.Logs, l => l.Message == "disruption held back by budget");
        }
    }
}

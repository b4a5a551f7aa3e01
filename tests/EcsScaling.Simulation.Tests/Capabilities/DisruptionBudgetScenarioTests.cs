using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// The rebalance scenario (scale-out 6 → 10, alarm at 09:04 on Monday 5 January, waves every minute,
/// throttling and reordered events) with disruption budgets: a window that holds rebalance and
/// consolidation back, then lets them run; a budget of one instance at a time. And the consolidation
/// scenario beside the real drain function under an office-hours window for consolidation alone.
/// </summary>
public class DisruptionBudgetScenarioTests
{
    private const int Seeds = 5;

    private static List<SimTask> RunWithBudgets(string budgets, int seed, out Simulator simulator) =>
        RunWithBudgets(RebalanceScenario.Create([]), RebalanceScenario.Environment(), budgets, seed, out simulator);

    /// <summary>Runs the scenario with the real rebalance function under the budgets; returns the tasks the rebalance stopped.</summary>
    private static List<SimTask> RunWithBudgets(Scenario scenario, IReadOnlyDictionary<string, string?> rebalanceEnvironment, string budgets, int seed, out Simulator simulator)
    {
        Simulator? sim = null;
        var environment = WithBudgets(rebalanceEnvironment, budgets);
        scenario.With((context, functions) =>
        {
            sim = context.Simulator;
            var host = new LambdaHost(context, RebalanceFunction.Name, environment, new AuditedGateways().Wrap(context.Gateways));
            functions.OnEvent(RebalanceFunction.Name, [SimEvent.AlarmStateChange], host.InvokeAsync);
            functions.Every("rebalance-waves", TimeSpan.FromMinutes(1), host.TickAsync);
        });

        var result = ScenarioRunner.Run(scenario, seed);
        Assert.True(result.Passed, $"seed {seed}: {result}");
        simulator = sim!;
        return [.. sim!.Ecs.Clusters[StandardCluster.Cluster].Tasks.Values
            .Where(t => t.StoppedReason?.StartsWith(RebalanceOptions.StopReasonPrefix, StringComparison.Ordinal) == true)];
    }

    private static Dictionary<string, string?> WithBudgets(IReadOnlyDictionary<string, string?> environment, string budgets) =>
        new(environment) { [DisruptionBudgetsParser.Variable] = budgets };

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
    public void An_office_hours_window_holds_consolidation_back_while_a_scale_in_drain_runs_and_consolidation_frees_an_instance_after_it()
    {
        const string window = "consolidation=0 at 0 8 * * mon-fri for 10h";
        var windowEnd = new DateTimeOffset(2026, 1, 5, 18, 0, 0, TimeSpan.Zero);
        // Without the window the same run consolidates inside it: the window is what holds it back.
        Assert.Contains(RunConsolidation("", 1, out _), t => t.StoppingAt < windowEnd);
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            var stopped = RunConsolidation(window, seed, out var sim);

            var logs = sim.CloudWatch.Telemetry.Logs;
            var holds = logs.Where(l => l.Message == "disruption held back by budget").ToList();
            Assert.NotEmpty(holds);
            Assert.All(holds, h => Assert.Equal(("consolidation", window, 0), (h.Fields["disruptionReason"], h.Fields["budget"], h.Fields["allowed"])));
            // The lifecycle drain went through the gate, was not refused, and counted while it ran.
            var drainStarts = logs.Where(l => (l.Fields.GetValueOrDefault("actions") as string)?.Contains("SetDraining", StringComparison.Ordinal) == true).ToList();
            Assert.NotEmpty(drainStarts);
            Assert.All(drainStarts, l => Assert.Equal("Within", l.Fields["budgetVerdict"]));
            Assert.Contains(holds, h => ((string)h.Fields["why"]!).Contains("(scale-in 1)", StringComparison.Ordinal));
            var hook = Assert.Single(sim.AutoScaling.LifecycleActions, a => a.Hook.HookName == StandardCluster.DrainHook);
            Assert.True(hook is { Result: LifecycleResult.Continue, TimedOut: false }, $"seed {seed}: the scale-in drain did not complete");

            Assert.NotEmpty(stopped);
            Assert.All(stopped, t => Assert.True(t.StoppingAt >= windowEnd, $"seed {seed}: {t.Arn} stopped at {t.StoppingAt:HH:mm:ss}, inside the window"));
            Assert.Contains(stopped.Select(t => t.Instance).Distinct(), i => i.Status == ContainerInstanceStatus.Active && !i.Tasks.Any(t => t.IsActive));
        }
    }

    private static List<SimTask> RunConsolidation(string budgets, int seed, out Simulator simulator)
    {
        var drainEnvironment = WithBudgets(DrainScenario.Environment(), budgets);
        var scenario = ConsolidationScenario.Create().With((context, functions) => DrainScenario.RegisterDrain(context, functions, drainEnvironment));
        return RunWithBudgets(scenario, ConsolidationScenario.Environment(), budgets, seed, out simulator);
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

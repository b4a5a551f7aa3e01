using System.Globalization;
using EcsScaling.Core.Rebalance;
using EcsScaling.Simulation.Scenarios;
using Xunit.Abstractions;

namespace EcsScaling.Simulation.Tests.Capabilities;

public class RebalanceScenarioTests(ITestOutputHelper output)
{
    /// <summary>The function's default target: at most 15 % of tasks misplaced for their service's strategy.</summary>
    private static readonly double Target = new RebalanceOptions().TargetScore;
    private const int MaxWaves = 5;

    private static int SeedCount => int.TryParse(System.Environment.GetEnvironmentVariable("ECS_SCALING_SCENARIO_SEEDS"), out var n) && n > 0 ? Math.Max(20, n / 50) : 20;

    [Fact]
    public void After_a_scale_out_the_alarm_and_scheduled_waves_even_the_cluster_without_breaching_R3()
    {
        var failures = new List<string>();
        var stoppedTotal = 0;
        var scores = new List<(double First, double Last, int Waves)>();
        foreach (var seed in Enumerable.Range(1, SeedCount))
        {
            var breaches = new List<string>();
            var audit = new AuditedGateways();
            Simulator? sim = null;
            var scenario = RebalanceScenario.Create(breaches).With((context, functions) =>
            {
                sim = context.Simulator;
                RebalanceScenario.RegisterRebalance(context, functions, audit);
            });

            var result = ScenarioRunner.Run(scenario, seed);

            var stopped = audit.Calls.Where(c => c.Operation == "StopTask").Select(c => c.Arguments.Split(' ')[1]).Distinct().ToList();
            stoppedTotal += stopped.Count;
            var tasks = sim!.Ecs.Clusters[StandardCluster.Cluster].Tasks;
            var wrongStops = stopped.Where(arn => tasks.TryGetValue(arn, out var t) && (t.IsDaemon || t.ProtectedUntil > t.StoppingAt)).ToList();
            var planned = sim.CloudWatch.Telemetry.Logs.Where(l => l.Message == "rebalance planned").ToList();
            var waves = planned.Select(l => Convert.ToInt32(l.Fields["wave"], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            // The schedule may start before the alarm: what counts is the worst score a wave started from.
            var first = planned.Select(l => Convert.ToDouble(l.Fields["scoreBefore"], CultureInfo.InvariantCulture)).DefaultIfEmpty(double.NaN).Max();
            var last = planned.Count == 0 ? double.NaN : Convert.ToDouble(planned[^1].Fields["scoreAfter"], CultureInfo.InvariantCulture);
            var final = ScenarioMetrics.ImbalanceScore(sim!, StandardCluster.Cluster);
            scores.Add((first, final, waves));
            if (!result.Passed || breaches.Count > 0 || wrongStops.Count > 0 || stopped.Count == 0 || waves > MaxWaves || !(first > Target) || !(final <= Target))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"seed {seed}: score {first:0.000} → {last:0.000} planned, {final:0.000} measured at the end, in {waves} waves, {stopped.Count} stopped, wrong stops [{string.Join(",", wrongStops)}], floor breaches [{string.Join("; ", breaches.Take(3))}] {result}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{SeedCount} seeds, {stoppedTotal} tasks moved; score {scores.Average(s => s.First):0.000} → {scores.Average(s => s.Last):0.000} on average (best {scores.Min(s => s.Last):0.000}, worst {scores.Max(s => s.Last):0.000}), waves ≤ {scores.Max(s => s.Waves)}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

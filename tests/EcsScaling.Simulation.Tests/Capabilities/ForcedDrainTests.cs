using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// A service at minimumHealthyPercent = maximumPercent = 100 on a full cluster can never be
/// replaced, so ECS never stops its task on the DRAINING instance: the drain waits, heartbeats
/// the 10-minute hook, and ends at the 25-minute max drain time — loudly.
/// </summary>
public class ForcedDrainTests
{
    private static readonly TimeSpan MaxDrainTime = TimeSpan.FromMinutes(25);

    private static Scenario Stuck() => new()
    {
        Name = "drain-stuck-at-100-percent",
        Description = "3 full instances, one 100/100 service per instance; scale-in 3 → 2",
        Setup = PinnedCluster.Build,
        Duration = TimeSpan.FromMinutes(40),
        Timeline = [PinnedCluster.ScaleIn],
        Invariants = [DrainInvariants.OurActionsCompletedInTime],
    };

    [Fact]
    public void A_drain_that_cannot_finish_heartbeats_then_ends_at_max_drain_time_with_a_metric_and_the_remaining_tasks()
    {
        CapturingTelemetry? telemetry = null;
        Simulator? simulator = null;
        var scenario = Stuck().With((context, functions) =>
        {
            (telemetry, simulator) = (context.Simulator.CloudWatch.Telemetry, context.Simulator);
            DrainScenario.RegisterDrain(context, functions, DrainScenario.Environment(DurationText.Format(MaxDrainTime)));
        });

        var result = ScenarioRunner.Run(scenario, 3);

        Assert.True(result.Passed, result.ToString());
        var action = Assert.Single(simulator!.AutoScaling.LifecycleActions, a => a.Hook.HookName == StandardCluster.DrainHook);
        Assert.Equal(LifecycleResult.Continue, action.Result);
        var waited = action.FinishedAt!.Value - action.StartedAt;
        Assert.InRange(waited, MaxDrainTime, MaxDrainTime + TimeSpan.FromMinutes(2));
        Assert.True(telemetry!.Sum(DrainMetrics.HeartbeatsSent) >= 2, "a 25-minute drain on a 10-minute hook needs at least two heartbeats");
        Assert.Equal(1, telemetry.Sum(DrainMetrics.DrainsForced));
        var forced = Assert.Single(telemetry.Logs, l => l.Level == LogLevel.Warn && l.Message.Contains("max drain time", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(forced.Fields["remainingTasks"] as string), "the forced completion names the tasks left behind");
    }
}

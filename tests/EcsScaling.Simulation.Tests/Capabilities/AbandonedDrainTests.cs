using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// A service at minimumHealthyPercent = maximumPercent = 100 on a full cluster holds the drain (as in
/// <see cref="ForcedDrainTests"/>), past its 20-minute abandon bound. With the group's instance lifecycle policy
/// retaining abandoned instances, the drain function abandons and the instance is kept with the service's task (no
/// task lost, no unsafe termination); without it, ABANDON asked for anyway terminates the instance with the task
/// still on it, as AWS does; by default it is not asked for, and the max drain time ends the drain.
/// </summary>
public class AbandonedDrainTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(20);

    private static Scenario HeldByPinned(bool retains, List<Invariant> invariants) => new()
    {
        Name = "drain-held-past-its-abandon-bound",
        Description = $"3 full instances, one 100/100 service per instance; scale-in 3 → 2; the group {(retains ? "retains" : "does not retain")} abandoned instances",
        Setup = sim =>
        {
            PinnedCluster.Build(sim);
            sim.AutoScaling.GetGroup(StandardCluster.Group).RetainsAbandonedInstances = retains;
        },
        Duration = TimeSpan.FromMinutes(40),
        Timeline = [PinnedCluster.ScaleIn],
        Invariants = invariants,
    };

    private static (ScenarioResult Result, Simulator Sim, CapturingTelemetry Telemetry) Run(bool retains, List<Invariant> invariants, string maxDrainTime, string? unretained = null, int seed = 3)
    {
        CapturingTelemetry? telemetry = null;
        Simulator? simulator = null;
        var environment = DrainScenario.Environment(maxDrainTime);
        environment[DrainVariables.AbandonAfter] = $"{StandardCluster.Cluster}/{PinnedCluster.Service}={DurationText.Format(Bound)}";
        environment[DrainVariables.AbandonWithoutRetention] = unretained;
        var scenario = HeldByPinned(retains, invariants).With((context, functions) =>
        {
            (telemetry, simulator) = (context.Simulator.CloudWatch.Telemetry, context.Simulator);
            DrainScenario.RegisterDrain(context, functions, environment);
        });

        return (ScenarioRunner.Run(scenario, seed), simulator!, telemetry!);
    }

    private static SimLifecycleAction OurAction(Simulator sim) =>
        Assert.Single(sim.AutoScaling.LifecycleActions, a => a.Hook.HookName == StandardCluster.DrainHook);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void With_retention_the_instance_is_kept_with_the_task_that_held_it_and_every_drain_invariant_holds(int seed)
    {
        var (result, sim, telemetry) = Run(retains: true, DrainInvariants.OfOurDrains(), "2h", seed: seed);

        Assert.True(result.Passed, result.ToString());
        var action = OurAction(sim);
        Assert.Equal(LifecycleResult.Abandon, action.Result);
        Assert.InRange(action.FinishedAt!.Value - action.StartedAt, Bound, Bound + TimeSpan.FromMinutes(2));
        var retained = sim.AutoScaling.Instances[action.InstanceId];
        Assert.Equal(LifecycleStates.TerminatingRetained, retained.LifecycleState);
        var pinned = sim.Ecs.InstancesByEc2Id[action.InstanceId].Tasks.Where(t => !t.IsStopped && t.Service?.Name == PinnedCluster.Service).ToList();
        Assert.Single(pinned);
        Assert.Equal(1, telemetry.Sum(DrainMetrics.DrainsRetained));
        Assert.Equal(0, telemetry.Sum(DrainMetrics.DrainsForced));
        var log = Assert.Single(telemetry.Logs, l => l.Fields.GetValueOrDefault("abandon") as string == "retained");
        Assert.Equal((LogLevel.Warn, PinnedCluster.Service), (log.Level, log.Fields["heldBy"]));
    }

    [Fact]
    public void Without_retention_ABANDON_asked_for_anyway_terminates_the_instance_with_the_task_as_AWS_does()
    {
        var (result, sim, telemetry) = Run(retains: false, [Invariants.NoTaskLost, DrainInvariants.OurActionsCompletedInTime], "2h", unretained: "abandon");

        Assert.True(result.Passed, result.ToString());
        var action = OurAction(sim);
        Assert.Equal(LifecycleResult.Abandon, action.Result);
        Assert.DoesNotContain(action.InstanceId, sim.AutoScaling.Instances.Keys);
        var lost = Assert.Single(sim.AutoScaling.UnsafeTerminations, u => u.InstanceId == action.InstanceId);
        Assert.NotEmpty(lost.LiveTaskArns);
        Assert.Equal(1, telemetry.Sum(DrainMetrics.DrainsAbandoned));
        Assert.Equal(0, telemetry.Sum(DrainMetrics.DrainsRetained));
    }

    [Fact]
    public void Without_retention_and_not_asked_for_the_bound_warns_and_the_max_drain_time_ends_the_drain()
    {
        var (result, sim, telemetry) = Run(retains: false, [DrainInvariants.OurActionsCompletedInTime], "30m");

        Assert.True(result.Passed, result.ToString());
        var action = OurAction(sim);
        Assert.Equal(LifecycleResult.Continue, action.Result);
        Assert.InRange(action.FinishedAt!.Value - action.StartedAt, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(32));
        Assert.Contains(telemetry.Logs, l => l.Level == LogLevel.Warn && l.Fields.GetValueOrDefault("abandon") as string == "withheld"
            && l.Message.Contains("ABANDON would terminate", StringComparison.Ordinal));
        Assert.Equal(0, telemetry.Sum(DrainMetrics.DrainsAbandoned) + telemetry.Sum(DrainMetrics.DrainsRetained));
        Assert.Equal(1, telemetry.Sum(DrainMetrics.DrainsForced));
    }
}

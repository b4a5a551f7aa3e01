using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// Scale-out 6 → 10 leaves four empty instances and web (four tasks per instance) uneven in every
/// zone; the imbalance alarm starts the real "rebalance" function and a one-minute schedule drives
/// its waves, with reordered events and throttling. A probe every 5 s records R3: every service
/// at or above its floor, at every step.
/// </summary>
public static class RebalanceScenario
{
    private const int WebPerInstance = 4;

    /// <summary>
    /// The schedule may start a rebalance too: an alarm notifies once, and under this throttling its
    /// one invocation sometimes fails after every retry; the schedule is the documented backstop. It
    /// may start while instances are still registering, so the cooldown is short enough (5 minutes)
    /// for a second rebalance to finish the job within the scenario.
    /// </summary>
    public static Dictionary<string, string?> Environment() => new(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        [RebalanceVariables.AlarmNames] = StandardCluster.ImbalanceAlarm,
        [RebalanceVariables.MinTaskAgeMinutes] = "2",
        [RebalanceVariables.StartOnSchedule] = "true",
        [RebalanceVariables.CooldownMinutes] = "5",
    };

    public static Scenario Create(List<string> floorBreaches) => new()
    {
        Name = "rebalance-after-scale-out",
        Description = "scale-out 6 → 10, imbalance alarm, waves on a one-minute schedule; 10 % throttling, reordered events",
        Options = new SimulationOptions
        {
            Events = new EventDeliveryOptions { DuplicateProbability = 0.2, Jitter = TimeSpan.FromSeconds(30) },
            Faults = new FaultOptions { ThrottleProbability = 0.1, ServerErrorProbability = 0.02 },
        },
        Setup = sim =>
        {
            StandardCluster.Build(sim, webPerInstance: WebPerInstance);

            StandardCluster.AllowHalfDown(sim, "web", "worker");

            foreach (var task in sim.Ecs.Clusters[StandardCluster.Cluster].Services["worker"].Tasks.Take(2).ToList())
            {
                sim.Ecs.SetTaskProtection(task, true, TimeSpan.FromHours(2));
            }
        },
        Duration = TimeSpan.FromMinutes(40),
        Timeline =
        [
            new(TimeSpan.FromMinutes(1), "Scale-out 6 → 10.", sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 10)),
            new(TimeSpan.FromMinutes(4), "Imbalance score published: the alarm fires.", sim =>
            {
                ScenarioMetrics.PublishImbalanceScore(sim, StandardCluster.Cluster);
                ProbeFloors(sim, floorBreaches);
            }),
        ],
        Invariants = [Invariants.NoTaskLost],
    };

    public static LambdaHost RegisterRebalance(ScenarioContext context, ScenarioFunctions functions, AuditedGateways audit)
    {
        var host = new LambdaHost(context, RebalanceFunction.Name, Environment(), audit.Wrap(context.Gateways));
        functions.OnEvent(RebalanceFunction.Name, [SimEvent.AlarmStateChange], host.InvokeAsync);
        functions.Every("rebalance-waves", TimeSpan.FromMinutes(1), host.TickAsync);
        return host;
    }

    /// <summary>R3, sampled every 5 s from the alarm on: RUNNING tasks of each replica service never below ⌈desired × minimumHealthyPercent⌉.</summary>
    private static void ProbeFloors(Simulator sim, List<string> breaches)
    {
        foreach (var service in sim.Ecs.Clusters[StandardCluster.Cluster].Services.Values.Where(s => !s.IsDaemon))
        {
            var running = service.Tasks.Count(t => t.IsActive && t.LastStatus == EcsTaskStatus.Running);
            var floor = (int)Math.Ceiling(service.DesiredCount * service.MinimumHealthyPercent / 100.0);
            if (running < floor)
            {
                breaches.Add($"{sim.Clock.GetUtcNow():HH:mm:ss} {service.Name}: {running} running < floor {floor}");
            }
        }

        sim.Clock.Schedule(TimeSpan.FromSeconds(5), () => ProbeFloors(sim, breaches));
    }
}

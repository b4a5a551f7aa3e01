using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>The named scenarios of `simulate --scenario NAME`, also run by the scenario tests.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyDictionary<string, Func<Scenario>> All { get; } = new SortedDictionary<string, Func<Scenario>>(StringComparer.Ordinal)
    {
        ["demo"] = Demo,
        ["scale-in"] = ScaleIn,
        ["spot"] = Spot,
        ["unreliable"] = Unreliable,
    };

    /// <summary>The day-long comparison, run by <see cref="Day.DayRun"/> (two setups from one seed) rather than as one scenario.</summary>
    public const string Diurnal = "diurnal";

    public const string DiurnalDescription = "24 virtual hours with a 5× surge: ours (drain, rebalance, policies, cluster metrics, ASG target tracking) against ECS alone (capacity provider) and the packing bound";

    public static Scenario Create(string name) => All.TryGetValue(name, out var create)
        ? create()
        : throw new ArgumentException($"unknown scenario '{name}'; known: {string.Join(", ", All.Keys)}");

    /// <summary>The tour: scale-out leaves new instances empty, imbalance alarm, scale-in through the hook, a Spot warning, a load alarm and its end.</summary>
    public static Scenario Demo() => new()
    {
        Name = "demo",
        Description = "6 instances, web/api behind target groups, worker, log-agent daemon; scale-out, imbalance alarm, scale-in with a terminate hook, Spot warning, load alarm and back to normal",
        Setup = sim =>
        {
            StandardCluster.Build(sim, webPerInstance: StandardCluster.DemoWebPerInstance);
            StandardCluster.AllowHalfDown(sim, "web");
        },
        Duration = TimeSpan.FromMinutes(30),
        Timeline =
        [
            new(TimeSpan.FromMinutes(1), "Scale-out: desired capacity 6 → 9. New instances register after booting, but ECS never moves running tasks onto them.",
                sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 9)),
            new(TimeSpan.FromMinutes(3), "Publishing the imbalance score: the three new instances are (nearly) empty, so web is uneven in every zone.",
                sim => ScenarioMetrics.PublishImbalanceScore(sim, StandardCluster.Cluster)),
            new(TimeSpan.FromMinutes(5), "Scale-in: desired capacity 9 → 7. The terminate hook holds the chosen instances in Terminating:Wait.",
                sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 7)),
            new(TimeSpan.FromMinutes(7), "EC2 sends a Spot interruption warning: two minutes, not extensible.",
                sim => sim.AutoScaling.InterruptSpot(StandardCluster.SomeInServiceInstance(sim))),
            new(TimeSpan.FromMinutes(9), "Load rises: CPUReservation 85 % crosses the 75 % alarm.",
                sim => ScenarioMetrics.PublishCpuReservation(sim, StandardCluster.Cluster, 85)),
            new(TimeSpan.FromMinutes(15), "Load falls: CPUReservation 50 %, the load alarm returns to OK.",
                sim => ScenarioMetrics.PublishCpuReservation(sim, StandardCluster.Cluster, 50)),
            new(TimeSpan.FromMinutes(25), "Publishing the imbalance score again.",
                sim => ScenarioMetrics.PublishImbalanceScore(sim, StandardCluster.Cluster)),
        ],
    };

    /// <summary>One instance leaves through the terminate hook; with a drain function every task stops before termination.</summary>
    public static Scenario ScaleIn() => new()
    {
        Name = "scale-in",
        Description = "desired capacity 6 → 4 with a terminate lifecycle hook (heartbeat 600 s) and 300 s deregistration delay",
        Setup = sim => StandardCluster.Build(sim),
        Duration = TimeSpan.FromMinutes(25),
        Timeline = [new(TimeSpan.FromMinutes(1), "Scale-in: desired capacity 6 → 4.", sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 4))],
    };

    /// <summary>A Spot interruption: the drain must finish inside two minutes, so the target groups use a 60 s deregistration delay.</summary>
    public static Scenario Spot() => new()
    {
        Name = "spot",
        Description = "a Spot interruption warning on one of 6 instances; 60 s deregistration delay",
        Setup = sim => StandardCluster.Build(sim, deregistrationDelay: TimeSpan.FromSeconds(60)),
        Duration = TimeSpan.FromMinutes(15),
        Timeline = [new(TimeSpan.FromMinutes(1), "Spot interruption warning.", sim => sim.AutoScaling.InterruptSpot(StandardCluster.SomeInServiceInstance(sim)))],
    };

    /// <summary>Scale-in while EventBridge duplicates, delays, reorders and loses events and the APIs throttle and fail.</summary>
    public static Scenario Unreliable() => new()
    {
        Name = "unreliable",
        Description = "scale-in 6 → 4 with 20 % duplicated, 5 % lost, up to 30 s reordered events, 5 % throttling, 2 % HTTP 500, 200 ms latency",
        Options = new SimulationOptions
        {
            Events = new EventDeliveryOptions { DuplicateProbability = 0.2, LossProbability = 0.05, Jitter = TimeSpan.FromSeconds(30) },
            Faults = new FaultOptions { ThrottleProbability = 0.05, ServerErrorProbability = 0.02, Latency = TimeSpan.FromMilliseconds(200) },
        },
        Setup = sim => StandardCluster.Build(sim),
        Duration = TimeSpan.FromMinutes(40),
        Timeline = [new(TimeSpan.FromMinutes(1), "Scale-in: desired capacity 6 → 4.", sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 4))],
    };
}

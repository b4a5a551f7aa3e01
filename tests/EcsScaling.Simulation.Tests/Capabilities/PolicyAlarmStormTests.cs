using System.Globalization;
using EcsScaling.Core.Policies;
using EcsScaling.Functions.Policies;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// An alarm storm: CPUReservation flaps across the alarm threshold every 20–40 s, EventBridge
/// duplicates and reorders the state changes (up to 60 s of jitter), and the real "policies"
/// function (packaged policies/policies.json) sees them all. When the storm ends, the active
/// profile must match the alarm's last state: surge while in ALARM, normal once OK for the hold.
/// </summary>
public class PolicyAlarmStormTests
{
    private const string SurgeProfile = "surge";

    /// <summary>The packaged document, pointed at the simulated group (the example names prod-ecs-asg; StandardCluster's is prod-asg).</summary>
    private static readonly Lazy<string> TestDocument = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"ecs-scaling-policies-{System.Environment.ProcessId}.json");
        File.WriteAllText(path, File.ReadAllText(PackagedDocument()).Replace("\"prod-ecs-asg\"", $"\"{StandardCluster.Group}\"", StringComparison.Ordinal));
        return path;
    });

    private static string PackagedDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "policies", "policies.json")) && File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return Path.Combine(dir.FullName, "policies", "policies.json");
            }
        }

        throw new FileNotFoundException("policies/policies.json not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, string?> Environment(Simulator sim) => new(StringComparer.Ordinal)
    {
        [PolicyVariables.Document] = TestDocument.Value,
        [PolicyVariables.AlarmProfiles] = $"{StandardCluster.LoadAlarm}={SurgeProfile}",
        [PolicyVariables.StateCluster] = sim.Ecs.Clusters[StandardCluster.Cluster].Arn,
        [PolicyVariables.RestoreHoldSeconds] = "120",
    };

    private static Scenario Storm(int seed, bool endInAlarm)
    {
        var random = new Random(seed);
        var steps = new List<TimelineStep>();
        var at = TimeSpan.FromSeconds(30);
        for (var i = 0; i < 30; i++, at += TimeSpan.FromSeconds(20 + random.Next(20)))
        {
            var breach = i == 29 ? endInAlarm : i % 2 == 0;
            steps.Add(new(at, $"CPUReservation {(breach ? 90 : 50)} %", sim => ScenarioMetrics.PublishCpuReservation(sim, StandardCluster.Cluster, breach ? 90 : 50)));
        }

        return new Scenario
        {
            Name = "policy-alarm-storm",
            Description = "30 flaps of the load alarm, duplicated and reordered deliveries",
            Options = new SimulationOptions
            {
                Events = new EventDeliveryOptions { DuplicateProbability = 0.3, Jitter = TimeSpan.FromSeconds(60) },
                Faults = new EcsScaling.Simulation.Faults.FaultOptions { ThrottleProbability = 0.1 },
            },
            Setup = sim => StandardCluster.Build(sim),
            Timeline = steps,
            Duration = at + TimeSpan.FromMinutes(8),
            Invariants = [],
        };
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void After_a_storm_of_duplicated_and_reordered_alarm_changes_the_profile_matches_the_last_alarm_state(bool endInAlarm)
    {
        var failures = new List<string>();
        foreach (var seed in Enumerable.Range(1, 20))
        {
            Simulator? sim = null;
            var scenario = Storm(seed, endInAlarm).With((context, functions) =>
            {
                sim = context.Simulator;
                var host = new LambdaHost(context, PoliciesFunction.Name, Environment(sim));
                functions.OnEvent(PoliciesFunction.Name, [SimEvent.AlarmStateChange], host.InvokeAsync);
                functions.Every("policies-schedule", TimeSpan.FromMinutes(1), host.TickAsync);
            });

            var result = ScenarioRunner.Run(scenario, seed);

            var alarm = sim!.CloudWatch.Alarms[StandardCluster.LoadAlarm].State;
            var coordinator = PoliciesFunction.CreateCoordinator(() => sim.Gateways, sim.Clock, sim.CloudWatch.Telemetry, Environment(sim));
            sim.Api.Options = EcsScaling.Simulation.Faults.FaultOptions.None;
            var active = sim.Run(() => coordinator.ActiveProfileAsync(CancellationToken.None));
            var expected = alarm == "ALARM" ? SurgeProfile : "normal";
            if (active.Name != expected)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: alarm {alarm} but profile {active.Name} (since {active.Since:HH:mm:ss}, source {active.Source}); function errors: {string.Join(" | ", result.Functions.SelectMany(f => f.ErrorMessages).Take(2))}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// Daemons on a terminating instance. ECS stops daemon tasks once no replica there is RUNNING, which can be
/// before the replicas are STOPPED (amazon-ecs-agent #3829), and at once on an instance that holds nothing
/// else. The real drain function must complete the lifecycle action only when the replicas are STOPPED,
/// their targets deregistered, and every daemon ECS was stopping has finished stopping.
/// </summary>
public class DrainDaemonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_daemon_only_instance_and_a_busy_one_outlive_their_daemons_shutdown(int seed)
    {
        var (daemonOnly, busy) = ("", "");
        var scenario = new Scenario
        {
            Name = "drain-daemons",
            Description = "a fifth instance that only holds the daemon, then it and a busy instance terminate through our hook",
            // A log router that flushes for 100 s (stopTimeout, at most 120 s) outlasts the OS shutdown after completion (20 s).
            Options = new SimulationOptions { Ecs = new EcsTimings { Stopping = TimeSpan.FromSeconds(100) } },
            Setup = sim => StandardCluster.Build(sim, instances: 4),
            Duration = TimeSpan.FromMinutes(30),
            Timeline =
            [
                new(TimeSpan.FromMinutes(1), "Scale-out to 5: the new instance gets the daemon only.", sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 5)),
                new(TimeSpan.FromMinutes(8), "The daemon-only instance and a busy one are terminated.", sim =>
                {
                    var instances = sim.Ecs.Clusters[StandardCluster.Cluster].Instances.Values.ToList();
                    daemonOnly = instances.Single(i => i.Tasks.Count > 0 && i.Tasks.All(t => t.IsDaemon)).Ec2InstanceId;
                    busy = instances.First(i => i.Tasks.Any(t => t.Service?.Name == "web")).Ec2InstanceId;
                    sim.AutoScaling.TerminateInstance(daemonOnly, decrementDesiredCapacity: true);
                    sim.AutoScaling.TerminateInstance(busy, decrementDesiredCapacity: true);
                }),
            ],
            Invariants = DrainInvariants.OfOurDrains(),
        };
        scenario.With((context, functions) => DrainScenario.RegisterDrain(context, functions, DrainScenario.Environment()));

        var result = ScenarioRunner.Run(scenario, seed);

        Assert.True(result.Passed, ScenarioRunner.DescribeFailures([result]));
        var completed = result.Drains.Where(d => d.Hook == StandardCluster.DrainHook && d.Outcome == "completed").Select(d => d.InstanceId).ToList();
        Assert.Contains(daemonOnly, completed);
        Assert.Contains(busy, completed);
    }
}

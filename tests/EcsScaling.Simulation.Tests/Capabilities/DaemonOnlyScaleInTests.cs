using EcsScaling.Core.Drain;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// A scale-out 4 → 5 on a group that protects new instances from scale-in leaves the fifth instance with the daemon
/// only; then the group is cut back to 4. Protection must not keep that instance forever: with our scale-in
/// protection (the drain function's sweeper, ECS_SCALING_SCALE_IN_PROTECTION_ASG_NAMES) it loses its protection, the
/// group picks it and our hook drains it, while the busy instances stay protected. ECS's capacity provider does the
/// same: "When you used managed termination protection, Amazon ECS only terminates EC2 instances that don't have any
/// running Amazon ECS tasks. Tasks that are run by a service that uses the DAEMON scheduling strategy are ignored and
/// an instance can be terminated by cluster auto scaling even when the instance is running these tasks"
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-termination-protection.html).
/// </summary>
public class DaemonOnlyScaleInTests
{
    private const int Seeds = 4;

    /// <summary>The scenario and a cell that receives the daemon-only instance's id when the group is cut back.</summary>
    private static (Scenario Scenario, List<string> DaemonOnly) DaemonOnlyThenScaleIn(SimulationOptions options, List<Invariant> invariants)
    {
        var daemonOnly = new List<string>();
        var scenario = new Scenario
        {
            Name = "daemon-only-scale-in",
            Description = "scale-out 4 → 5 with new instances protected (the fifth gets the daemon only), then back to 4",
            Options = options,
            Setup = sim =>
            {
                StandardCluster.Build(sim, instances: 4);
                var group = sim.AutoScaling.GetGroup(StandardCluster.Group);
                group.NewInstancesProtectedFromScaleIn = true;
                sim.AutoScaling.SetInstanceProtection(StandardCluster.Group, [.. group.Instances.Keys], true);
            },
            Duration = TimeSpan.FromMinutes(30),
            Timeline =
            [
                new(TimeSpan.FromMinutes(1), "Scale-out to 5: the new instance gets the daemon only.", sim => sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 5)),
                new(TimeSpan.FromMinutes(8), "Scale-in back to 4.", sim =>
                {
                    daemonOnly.Add(sim.Ecs.Clusters[StandardCluster.Cluster].Instances.Values.Single(i => i.Tasks.Count > 0 && i.Tasks.All(t => t.IsDaemon)).Ec2InstanceId);
                    sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 4);
                }),
            ],
            Invariants = invariants,
        };
        return (scenario, daemonOnly);
    }

    /// <summary>A capacity provider on the group with managed scaling, termination protection and draining, acting every minute.</summary>
    private static void AttachCapacityProvider(Simulator sim, ScenarioFunctions functions)
    {
        var provider = new SimCapacityProvider("prod-cp", sim.AutoScaling.GetGroup(StandardCluster.Group), sim.Ecs, sim.AutoScaling, sim.CloudWatch, sim.Clock);
        provider.Attach();
        functions.Every("capacity-provider", TimeSpan.FromMinutes(1), _ =>
        {
            provider.Tick();
            provider.Drain();
            return Task.CompletedTask;
        });
    }

    [Fact]
    public void Our_protection_lets_the_group_scale_in_a_daemon_only_instance_and_keeps_the_busy_ones()
    {
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            Simulator? sim = null;
            var (scenario, daemonOnly) = DaemonOnlyThenScaleIn(DrainScenario.Unreliable, DrainInvariants.OfOurDrains());
            var environment = new Dictionary<string, string?>(DrainScenario.Environment()) { [DrainVariables.ProtectedGroups] = StandardCluster.Group };
            scenario.With((context, functions) =>
            {
                sim = context.Simulator;
                DrainScenario.RegisterDrain(context, functions, environment);
            });

            var result = ScenarioRunner.Run(scenario, seed);

            Assert.True(result.Passed, $"seed {seed}: {ScenarioRunner.DescribeFailures([result])}");
            var drain = Assert.Single(result.Drains, d => d.Hook == StandardCluster.DrainHook);
            Assert.Equal((daemonOnly.Single(), "completed"), (drain.InstanceId, drain.Outcome));
            var group = sim!.AutoScaling.GetGroup(StandardCluster.Group);
            Assert.Equal(4, group.Instances.Count);
            Assert.All(group.Instances.Values, i => Assert.True(i.ProtectedFromScaleIn, $"seed {seed}: busy {i.InstanceId} lost its protection"));
        }
    }

    [Fact]
    public void Managed_termination_protection_ignores_daemon_tasks_too_so_the_daemon_only_instance_is_scaled_in()
    {
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            Simulator? sim = null;
            var (scenario, daemonOnly) = DaemonOnlyThenScaleIn(new SimulationOptions(), [Invariants.NoTaskLost]);
            scenario.With((context, functions) =>
            {
                sim = context.Simulator;
                AttachCapacityProvider(sim, functions);
            });

            var result = ScenarioRunner.Run(scenario, seed);

            Assert.True(result.Passed, $"seed {seed}: {ScenarioRunner.DescribeFailures([result])}");
            var group = sim!.AutoScaling.GetGroup(StandardCluster.Group);
            Assert.DoesNotContain(daemonOnly.Single(), group.Instances.Keys);
            Assert.Equal(4, group.Instances.Count);
            Assert.Contains(sim.AutoScaling.LifecycleActions, a => a.InstanceId == daemonOnly.Single() && a.Hook.HookName == SimCapacityProvider.ManagedDrainingHook);
        }
    }

    /// <summary>
    /// Our drain beside a capacity provider with managed scaling, termination protection and draining on the same group:
    /// both terminate hooks hold the instance ("the instance stays in a wait state until all lifecycle hooks are completed",
    /// EC2 Auto Scaling lifecycle hooks), ECS completes its managed-draining hook and we only ours; the scale-in
    /// protection we were told to keep is ECS's job there, so the sweeper refuses it rather than fight it.
    /// </summary>
    [Fact]
    public void Beside_a_capacity_provider_each_hook_is_completed_by_its_owner_and_protection_is_left_to_ECS()
    {
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            Simulator? sim = null;
            var audit = new AuditedGateways();
            var (scenario, daemonOnly) = DaemonOnlyThenScaleIn(DrainScenario.Unreliable, DrainInvariants.OfOurDrains());
            var environment = new Dictionary<string, string?>(DrainScenario.Environment()) { [DrainVariables.ProtectedGroups] = StandardCluster.Group };
            scenario.With((context, functions) =>
            {
                sim = context.Simulator;
                AttachCapacityProvider(sim, functions);
                DrainScenario.RegisterDrain(context, functions, environment, audit);
            });

            var result = ScenarioRunner.Run(scenario, seed);

            Assert.True(result.Passed, $"seed {seed}: {ScenarioRunner.DescribeFailures([result])}");
            var gone = daemonOnly.Single();
            Assert.DoesNotContain(gone, sim!.AutoScaling.GetGroup(StandardCluster.Group).Instances.Keys);
            var hooks = sim.AutoScaling.LifecycleActions.Where(a => a.InstanceId == gone).ToList();
            Assert.Equal([DrainOptions.EcsManagedHookName, StandardCluster.DrainHook], hooks.Select(a => a.Hook.HookName).Order(StringComparer.Ordinal));
            Assert.All(hooks, a => Assert.True(a.Result == Core.Model.LifecycleResult.Continue && !a.TimedOut, $"seed {seed}: {a.Hook.HookName} ended {a.Result}, timed out {a.TimedOut}"));
            Assert.DoesNotContain(audit.Calls, c => c.Operation == "CompleteLifecycleAction" && c.Arguments.Contains(DrainOptions.EcsManagedHookName, StringComparison.Ordinal));
            Assert.DoesNotContain(audit.Calls, c => c.Operation == "SetInstanceProtection");
            Assert.Contains(audit.Calls, c => c.Operation == "DescribeCapacityProviders");
        }
    }
}

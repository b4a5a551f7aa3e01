using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.AutoScaling.TargetTracking;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// Consolidation beside a capacity provider with managed scaling, termination protection and draining: our rebalance
/// frees an instance of a scattered binpack service; managed termination protection lifts its protection once no
/// non-daemon task is left ("Amazon ECS only terminates EC2 instances that don't have any running Amazon ECS tasks"),
/// CapacityProviderReservation drops below its target and managed scaling removes it, through ECS's hook and ours.
/// The instance-hours consolidation saves are then taken by ECS's own scale-in.
/// </summary>
public class CapacityProviderConsolidationTests
{
    private const int Seeds = 3;

    [Fact]
    public void An_instance_consolidation_frees_is_removed_by_managed_scaling_through_both_hooks()
    {
        foreach (var seed in Enumerable.Range(1, Seeds))
        {
            Simulator? sim = null;
            var scenario = ConsolidationScenario.Create().With((context, functions) =>
            {
                sim = context.Simulator;
                var group = sim.AutoScaling.GetGroup(StandardCluster.Group);
                var provider = new SimCapacityProvider("prod-cp", group, sim.Ecs, sim.AutoScaling, sim.CloudWatch, sim.Clock);
                provider.Attach();
                var scaler = new GroupScaler(sim.AutoScaling, sim.CloudWatch, sim.Clock);
                functions.Every("capacity-provider", TimeSpan.FromMinutes(1), _ =>
                {
                    provider.Tick();
                    provider.Drain();
                    scaler.Evaluate(group, [provider.Policy]);
                    return Task.CompletedTask;
                });
                DrainScenario.RegisterDrain(context, functions, DrainScenario.Environment());
                var rebalance = new LambdaHost(context, RebalanceFunction.Name, ConsolidationScenario.Environment());
                functions.OnEvent(RebalanceFunction.Name, [SimEvent.AlarmStateChange], rebalance.InvokeAsync);
                functions.Every("rebalance-waves", TimeSpan.FromMinutes(1), rebalance.TickAsync);
            });

            var result = ScenarioRunner.Run(scenario, seed);

            Assert.True(result.Passed, $"seed {seed}: {ScenarioRunner.DescribeFailures([result])}");
            var freed = sim!.Ecs.Clusters[StandardCluster.Cluster].Tasks.Values
                .Where(t => t.StoppedReason?.StartsWith(RebalanceOptions.StopReasonPrefix, StringComparison.Ordinal) == true)
                .Select(t => t.Instance.Ec2InstanceId).Distinct(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(freed);
            var group = sim.AutoScaling.GetGroup(StandardCluster.Group);
            var removed = freed.Where(id => !group.Instances.ContainsKey(id)).ToList();
            Assert.True(removed.Count > 0, $"seed {seed}: consolidation freed {string.Join(",", freed)}, none of which managed scaling removed");
            foreach (var id in removed)
            {
                var hooks = sim.AutoScaling.LifecycleActions.Where(a => a.InstanceId == id).Select(a => (a.Hook.HookName, a.Result, a.TimedOut)).Order().ToList();
                Assert.Equal([(SimCapacityProvider.ManagedDrainingHook, Core.Model.LifecycleResult.Continue, false), (StandardCluster.DrainHook, Core.Model.LifecycleResult.Continue, false)], hooks);
            }
        }
    }
}

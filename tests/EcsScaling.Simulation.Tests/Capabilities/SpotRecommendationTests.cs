using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// EC2 rebalance recommendations with the real drain function (ECS_SCALING_REBALANCE_RECOMMENDATION=drain): a
/// Capacity Rebalancing group replaces the at-risk instance itself and terminates it through our hook, so the
/// drain runs with the new capacity in place; without it, a burst of recommendations drains no more than the
/// churn guard allows.
/// </summary>
public class SpotRecommendationTests
{
    private static Dictionary<string, string?> Environment() => new(DrainScenario.Environment()) { [DrainVariables.RebalanceRecommendation] = "drain" };

    private static Scenario Recommending(bool capacityRebalance, int recommendations, List<int> drainingAfterBurst) => new()
    {
        Name = "spot-recommendations",
        Description = $"{recommendations} rebalance recommendation(s) on a group {(capacityRebalance ? "with" : "without")} Capacity Rebalancing",
        Setup = sim =>
        {
            StandardCluster.Build(sim, instances: 6);
            sim.AutoScaling.GetGroup(StandardCluster.Group).CapacityRebalance = capacityRebalance;
        },
        Duration = TimeSpan.FromMinutes(30),
        Timeline =
        [
            new(TimeSpan.FromMinutes(1), $"EC2 recommends rebalancing {recommendations} instance(s).", sim =>
            {
                foreach (var id in sim.AutoScaling.GetGroup(StandardCluster.Group).Instances.Keys.Take(recommendations).ToList())
                {
                    sim.AutoScaling.RecommendRebalance(id);
                }
            }),
            new(TimeSpan.FromSeconds(90), "Instances draining after the burst are counted (a replacement is still booting).", sim =>
                drainingAfterBurst.Add(sim.Ecs.Clusters[StandardCluster.Cluster].Instances.Values.Count(i => i.Status == ContainerInstanceStatus.Draining))),
        ],
        Invariants = DrainInvariants.OfOurDrains(),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_Capacity_Rebalancing_group_replaces_the_instance_and_our_hook_drains_it(int seed)
    {
        var draining = new List<int>();
        Simulator? sim = null;
        var scenario = Recommending(capacityRebalance: true, recommendations: 1, draining);
        scenario.With((context, functions) =>
        {
            sim = context.Simulator;
            DrainScenario.RegisterDrain(context, functions, Environment());
        });

        var result = ScenarioRunner.Run(scenario, seed);

        Assert.True(result.Passed, ScenarioRunner.DescribeFailures([result]));
        Assert.Equal([0], draining);
        var drain = Assert.Single(result.Drains, d => d.Hook == StandardCluster.DrainHook);
        Assert.Equal("completed", drain.Outcome);
        // The group launched the replacement first, then terminated the at-risk instance through our hook.
        var launched = Assert.Single(sim!.AutoScaling.Activities, a => a.Message.Contains("Capacity Rebalancing launches", StringComparison.Ordinal));
        Assert.EndsWith($"to replace {drain.InstanceId}", launched.Message, StringComparison.Ordinal);
        var hook = Assert.Single(sim.AutoScaling.LifecycleActions, a => a.Hook.HookName == StandardCluster.DrainHook);
        Assert.Equal(drain.InstanceId, hook.InstanceId);
        Assert.True(hook.StartedAt > launched.At, $"the hook started at {hook.StartedAt:HH:mm:ss}, before the replacement launched at {launched.At:HH:mm:ss}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_burst_of_recommendations_drains_no_more_than_the_churn_guard_allows(int seed)
    {
        var draining = new List<int>();
        var scenario = Recommending(capacityRebalance: false, recommendations: 4, draining);
        scenario.With((context, functions) => DrainScenario.RegisterDrain(context, functions, Environment()));

        var result = ScenarioRunner.Run(scenario, seed);

        Assert.True(result.Passed, ScenarioRunner.DescribeFailures([result]));
        Assert.Equal([1], draining);
    }
}

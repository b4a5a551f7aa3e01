using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Tests.AutoScaling;

/// <summary>
/// Capacity Rebalancing as EC2 Auto Scaling documents it: on a rebalance recommendation the group launches a
/// replacement and terminates the at-risk instance (through its terminate hooks) only once the replacement is
/// in service; desired capacity is unchanged; near the maximum no replacement is launched.
/// </summary>
public class CapacityRebalancingTests
{
    private readonly Simulator _sim = TestSim.Create();
    private readonly List<SimEvent> _events = [];

    private SimGroup Group(bool capacityRebalance, int desired = 3, int max = 10)
    {
        _sim.Events.Subscribe(_events.Add);
        return _sim.AutoScaling.CreateGroup("asg", _sim.Ecs.CreateCluster("prod"), desired, new Resources(1024, 2048), TestSim.ThreeZones,
            new GroupSpec { MinSize = 0, MaxSize = max, CapacityRebalance = capacityRebalance });
    }

    [Fact]
    public void The_replacement_is_in_service_before_the_at_risk_instance_starts_terminating()
    {
        var group = Group(capacityRebalance: true);
        var atRisk = group.Instances.Keys.First();

        _sim.AutoScaling.RecommendRebalance(atRisk);

        var replacement = Assert.Single(group.Instances.Values, i => i.Replaces == atRisk);
        Assert.Equal(LifecycleStates.Pending, replacement.LifecycleState);
        Assert.Equal(LifecycleStates.InService, group.Instances[atRisk].LifecycleState);
        Assert.Equal(3, group.DesiredCapacity);

        TestSim.Settle(_sim);

        Assert.Equal(LifecycleStates.InService, replacement.LifecycleState);
        Assert.False(group.Instances.ContainsKey(atRisk));
        Assert.Equal(3, group.Instances.Count);
        Assert.Equal(3, group.DesiredCapacity);
        Assert.Contains(_events, e => e.DetailType == SimEvent.RebalanceRecommendation && e.Json.Contains(atRisk, StringComparison.Ordinal));
    }

    [Fact]
    public void The_at_risk_instance_leaves_through_the_terminate_hook()
    {
        var group = Group(capacityRebalance: true);
        _sim.AutoScaling.PutLifecycleHook("asg", "drain", LifecycleTransition.Terminating, TimeSpan.FromMinutes(10), LifecycleResult.Continue);
        var atRisk = group.Instances.Keys.First();

        _sim.AutoScaling.RecommendRebalance(atRisk);
        TestSim.Settle(_sim);

        Assert.Equal(LifecycleStates.TerminatingWait, group.Instances[atRisk].LifecycleState);
        Assert.Contains(_events, e => e.DetailType == SimEvent.TerminateLifecycleAction && e.Json.Contains(atRisk, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_Capacity_Rebalancing_a_recommendation_is_only_an_event()
    {
        var group = Group(capacityRebalance: false);
        var atRisk = group.Instances.Keys.First();

        _sim.AutoScaling.RecommendRebalance(atRisk);
        TestSim.Settle(_sim);

        Assert.Equal(3, group.Instances.Count);
        Assert.Equal(LifecycleStates.InService, group.Instances[atRisk].LifecycleState);
        Assert.Single(_events, e => e.DetailType == SimEvent.RebalanceRecommendation);
    }

    [Fact]
    public void At_the_maximum_plus_its_margin_no_replacement_is_launched()
    {
        var group = Group(capacityRebalance: true, desired: 4, max: 3);
        var atRisk = group.Instances.Keys.First();

        _sim.AutoScaling.RecommendRebalance(atRisk);
        TestSim.Settle(_sim);

        Assert.Equal(4, group.Instances.Count);
        Assert.Equal(LifecycleStates.InService, group.Instances[atRisk].LifecycleState);
    }
}

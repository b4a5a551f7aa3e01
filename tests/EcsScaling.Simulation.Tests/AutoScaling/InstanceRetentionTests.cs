using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;

namespace EcsScaling.Simulation.Tests.AutoScaling;

/// <summary>
/// ABANDON on a terminate hook with and without an instance lifecycle policy that retains
/// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/instance-lifecycle-policy.html,
/// https://docs.aws.amazon.com/autoscaling/ec2/userguide/manage-retained-instances.html): with TerminateHookAbandon =
/// retain the instance goes to Terminating:Retained, keeps running with its tasks, no longer counts toward the desired
/// capacity and stays until TerminateInstanceInAutoScalingGroup; without it ABANDON terminates as CONTINUE does.
/// </summary>
public class InstanceRetentionTests
{
    private static (Simulator Sim, SimGroup Group, string InstanceId) Leaving(bool retains, LifecycleResult defaultResult = LifecycleResult.Continue)
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        var group = sim.AutoScaling.CreateGroup("prod-asg", cluster, 3, new Resources(2048, 4096), TestSim.ThreeZones, new GroupSpec { RetainsAbandonedInstances = retains });
        TestSim.Service(sim, cluster, "web", 3);
        TestSim.Settle(sim);
        sim.AutoScaling.PutLifecycleHook(group.Name, "drain", LifecycleTransition.Terminating, TimeSpan.FromMinutes(10), defaultResult);
        sim.AutoScaling.SetDesiredCapacity(group.Name, 2);
        return (sim, group, group.Instances.Values.Single(i => i.LifecycleState == LifecycleStates.TerminatingWait).InstanceId);
    }

    private static bool Abandon(Simulator sim, string instanceId) =>
        sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef("prod-asg", "drain", instanceId, Token: null), LifecycleResult.Abandon);

    [Fact]
    public void With_retention_an_abandoned_instance_is_retained_running_with_its_tasks_and_replaced()
    {
        var (sim, group, id) = Leaving(retains: true);

        Assert.True(Abandon(sim, id));
        sim.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(LifecycleStates.TerminatingRetained, sim.AutoScaling.Instances[id].LifecycleState);
        Assert.Contains(id, sim.Ecs.InstancesByEc2Id.Keys);
        Assert.Empty(sim.AutoScaling.UnsafeTerminations);
        Assert.Equal(2, group.Instances.Values.Count(i => i.LifecycleState == LifecycleStates.InService));
        Assert.True(group.ToModel().RetainsAbandonedInstances);
        Assert.Equal(LifecycleStates.TerminatingRetained, group.ToModel().Instances.Single(i => i.InstanceId == id).LifecycleState);
    }

    [Fact]
    public void A_retained_instance_is_replaced_when_it_no_longer_counts_toward_the_desired_capacity()
    {
        var (sim, group, id) = Leaving(retains: true);
        sim.AutoScaling.SetDesiredCapacity(group.Name, 3);

        Abandon(sim, id);
        sim.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(3, group.Instances.Values.Count(i => i.LifecycleState == LifecycleStates.InService));
        Assert.Equal(4, group.Instances.Count);
    }

    [Fact]
    public void A_hook_timing_out_with_default_result_ABANDON_retains_too()
    {
        var (sim, _, id) = Leaving(retains: true, defaultResult: LifecycleResult.Abandon);

        sim.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(LifecycleStates.TerminatingRetained, sim.AutoScaling.Instances[id].LifecycleState);
    }

    [Fact]
    public void CONTINUE_is_not_retained_whatever_the_policy()
    {
        var (sim, _, id) = Leaving(retains: true);

        sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef("prod-asg", "drain", id, Token: null), LifecycleResult.Continue);
        sim.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.DoesNotContain(id, sim.AutoScaling.Instances.Keys);
    }

    [Fact]
    public void Without_retention_ABANDON_terminates_the_instance_with_the_tasks_still_on_it()
    {
        var (sim, group, id) = Leaving(retains: false);
        var live = sim.Ecs.InstancesByEc2Id[id].Tasks.Count(t => !t.IsStopped);

        Assert.True(Abandon(sim, id));
        sim.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.DoesNotContain(id, sim.AutoScaling.Instances.Keys);
        Assert.False(group.ToModel().RetainsAbandonedInstances);
        Assert.True(live > 0, "the web task placed on it is still there");
        Assert.Equal(live, Assert.Single(sim.AutoScaling.UnsafeTerminations, u => u.InstanceId == id).LiveTaskArns.Count);
    }

    [Fact]
    public void TerminateInstanceInAutoScalingGroup_is_the_way_out_of_retention_and_needs_no_hook_again()
    {
        var (sim, group, id) = Leaving(retains: true);
        Abandon(sim, id);
        var actions = sim.AutoScaling.LifecycleActions.Count;

        sim.AutoScaling.TerminateInstance(id, decrementDesiredCapacity: false);
        sim.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.DoesNotContain(id, sim.AutoScaling.Instances.Keys);
        Assert.Equal(actions, sim.AutoScaling.LifecycleActions.Count);
        Assert.Equal(2, group.DesiredCapacity);
        Assert.DoesNotContain(id, sim.Ecs.InstancesByEc2Id.Keys);
    }
}

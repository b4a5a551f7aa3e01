using EcsScaling.Simulation.Scenarios;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Tests.AutoScaling;

public class AutoScalingModelTests
{
    private static (Simulator Sim, SimGroup Group) Group(int desired = 6, GroupSpec? spec = null)
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        var group = sim.AutoScaling.CreateGroup("prod-asg", cluster, desired, new Resources(2048, 4096), TestSim.ThreeZones, spec);
        return (sim, group);
    }

    /// <summary>Three instances behind the terminate hook "drain", scaled in to two: the one leaving waits in Terminating:Wait.</summary>
    private static (Simulator Sim, SimGroup Group, string WaitingId) ScaledInBehindHook(TimeSpan? heartbeatTimeout = null)
    {
        var (sim, group) = Group(desired: 3);
        sim.AutoScaling.PutLifecycleHook(group.Name, "drain", LifecycleTransition.Terminating, heartbeatTimeout);
        sim.AutoScaling.SetDesiredCapacity(group.Name, 2);
        return (sim, group, group.Instances.Values.Single(i => i.LifecycleState == LifecycleStates.TerminatingWait).InstanceId);
    }

    [Fact]
    public void Initial_instances_are_balanced_across_zones_and_registered_in_the_cluster()
    {
        var (sim, group) = Group(desired: 6);
        Assert.All(group.Instances.Values.GroupBy(i => i.AvailabilityZone), z => Assert.Equal(2, z.Count()));
        Assert.Equal(6, group.Cluster.Instances.Count);
        Assert.All(group.Instances.Values, i => Assert.Equal(LifecycleStates.InService, i.LifecycleState));
        Assert.NotNull(sim);
    }

    [Fact]
    public void Scale_out_registers_new_container_instances_only_after_the_boot_delay()
    {
        var (sim, group) = Group(desired: 3);
        sim.AutoScaling.SetDesiredCapacity(group.Name, 4);

        sim.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(3, group.Cluster.Instances.Count);
        sim.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(4, group.Cluster.Instances.Count);
        Assert.All(group.Instances.Values, i => Assert.Equal(LifecycleStates.InService, i.LifecycleState));
    }

    [Fact]
    public void Scale_in_picks_from_the_zone_with_most_instances_and_never_a_protected_one()
    {
        var (sim, group) = Group(desired: 4);
        var extraZone = group.Instances.Values.GroupBy(i => i.AvailabilityZone).Single(z => z.Count() == 2);
        var protectedOne = extraZone.First();
        sim.AutoScaling.SetInstanceProtection(group.Name, [protectedOne.InstanceId], true);

        sim.AutoScaling.SetDesiredCapacity(group.Name, 3);

        var leaving = group.Instances.Values.Single(i => i.LifecycleState != LifecycleStates.InService);
        Assert.Equal(extraZone.Key, leaving.AvailabilityZone);
        Assert.NotEqual(protectedOne.InstanceId, leaving.InstanceId);
    }

    [Fact]
    public void A_terminate_hook_holds_the_instance_in_Terminating_Wait_and_announces_the_action()
    {
        var (sim, group) = Group(desired: 3);
        sim.AutoScaling.PutLifecycleHook(group.Name, "drain", LifecycleTransition.Terminating, TimeSpan.FromMinutes(10));

        sim.AutoScaling.SetDesiredCapacity(group.Name, 2);
        sim.Clock.Advance(TimeSpan.FromMinutes(9));

        var waiting = Assert.Single(group.Instances.Values, i => i.LifecycleState == LifecycleStates.TerminatingWait);
        var lifecycle = Assert.Single(sim.Events.Emitted, e => e.DetailType == SimEvent.TerminateLifecycleAction);
        Assert.Contains(waiting.InstanceId, lifecycle.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Completing_by_instance_id_terminates_after_shutdown_and_a_second_completion_is_already_finished()
    {
        var (sim, group, id) = ScaledInBehindHook(TimeSpan.FromMinutes(10));
        var action = new LifecycleActionRef(group.Name, "drain", id, Token: null);

        Assert.True(sim.AutoScaling.CompleteLifecycleAction(action, LifecycleResult.Continue));
        sim.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.DoesNotContain(id, group.Instances.Keys);
        Assert.False(sim.AutoScaling.CompleteLifecycleAction(action, LifecycleResult.Continue));
        Assert.False(sim.AutoScaling.LifecycleActions.Single().TimedOut);
    }

    [Fact]
    public void Heartbeats_extend_the_wait_and_a_missed_heartbeat_applies_the_default_result()
    {
        var (sim, group, id) = ScaledInBehindHook(TimeSpan.FromMinutes(5));

        sim.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(sim.AutoScaling.RecordHeartbeat(new LifecycleActionRef(group.Name, "drain", id, null)));
        sim.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Contains(id, group.Instances.Keys);

        sim.Clock.Advance(TimeSpan.FromMinutes(2));
        var action = sim.AutoScaling.LifecycleActions.Single();
        Assert.True(action.TimedOut);
        Assert.Equal(LifecycleResult.Abandon, action.Result);
    }

    [Fact]
    public void Heartbeats_cannot_extend_beyond_the_global_timeout_of_100_heartbeats()
    {
        var (sim, group, id) = ScaledInBehindHook(TimeSpan.FromSeconds(30));
        var action = new LifecycleActionRef(group.Name, "drain", id, null);

        for (var i = 0; i < 120 && sim.AutoScaling.RecordHeartbeat(action); i++)
        {
            sim.Clock.Advance(TimeSpan.FromSeconds(25));
        }

        var recorded = sim.AutoScaling.LifecycleActions.Single();
        Assert.True(recorded.TimedOut);
        Assert.Equal(recorded.StartedAt.AddSeconds(3000), recorded.FinishedAt);
    }

    [Fact]
    public void A_wrong_token_is_not_accepted()
    {
        var (sim, group, id) = ScaledInBehindHook();

        Assert.False(sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef(group.Name, "drain", id, "not-the-token"), LifecycleResult.Continue));
    }

    [Fact]
    public void Terminating_with_live_tasks_is_recorded_as_unsafe()
    {
        var (sim, group) = Group(desired: 3);
        TestSim.Service(sim, group.Cluster, "web", desired: 3);
        TestSim.Settle(sim);

        sim.AutoScaling.SetDesiredCapacity(group.Name, 2);
        TestSim.Settle(sim);

        Assert.False(Assert.Single(sim.AutoScaling.UnsafeTerminations).SpotReclaim);
        Assert.Single(Invariants.NoUnsafeTermination.Check(sim));
    }

    [Fact]
    public void A_spot_reclaim_with_live_tasks_is_recorded_but_excepted_from_the_invariant()
    {
        var (sim, group) = Group(desired: 3);
        TestSim.Service(sim, group.Cluster, "web", desired: 3);
        TestSim.Settle(sim);

        sim.AutoScaling.InterruptSpot(group.Instances.Keys.First());
        sim.Clock.Advance(TimeSpan.FromSeconds(120));

        Assert.True(Assert.Single(sim.AutoScaling.UnsafeTerminations).SpotReclaim);
        Assert.Empty(Invariants.NoUnsafeTermination.Check(sim));
    }

    [Fact]
    public void A_spot_interruption_warns_then_reclaims_after_two_minutes_regardless_of_hooks()
    {
        var (sim, group) = Group(desired: 3);
        sim.AutoScaling.PutLifecycleHook(group.Name, "drain", LifecycleTransition.Terminating);
        var victim = group.Instances.Keys.First();

        sim.AutoScaling.InterruptSpot(victim);
        Assert.Single(sim.Events.Emitted, e => e.DetailType == SimEvent.SpotInterruptionWarning);
        sim.Clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Contains(victim, group.Instances.Keys);
        sim.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.DoesNotContain(victim, group.Instances.Keys);
        Assert.Equal(3, group.Instances.Count);
    }

    [Fact]
    public void Desired_capacity_outside_min_max_is_rejected()
    {
        var (sim, group) = Group(desired: 3, new GroupSpec { MinSize = 2, MaxSize = 4 });
        Assert.Throws<ArgumentException>(() => sim.AutoScaling.SetDesiredCapacity(group.Name, 5));
        Assert.Equal(3, group.DesiredCapacity);
    }

    [Fact]
    public void A_launch_hook_holds_Pending_Wait_until_completed_while_the_agent_registers_anyway()
    {
        var (sim, group) = Group(desired: 3);
        sim.AutoScaling.PutLifecycleHook(group.Name, "warm-up", LifecycleTransition.Launching, TimeSpan.FromMinutes(10));
        sim.AutoScaling.SetDesiredCapacity(group.Name, 4);
        sim.Clock.Advance(TimeSpan.FromMinutes(2));

        var launched = Assert.Single(group.Instances.Values, i => i.LifecycleState == LifecycleStates.PendingWait);
        Assert.Equal(4, group.Cluster.Instances.Count);
        Assert.Single(sim.Events.Emitted, e => e.DetailType == SimEvent.LaunchLifecycleAction);

        Assert.True(sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef(group.Name, "warm-up", launched.InstanceId, null), LifecycleResult.Continue));
        Assert.Equal(LifecycleStates.InService, launched.LifecycleState);
    }

    [Fact]
    public void Abandoning_a_launch_terminates_the_instance_and_the_group_launches_another()
    {
        var (sim, group) = Group(desired: 3);
        sim.AutoScaling.PutLifecycleHook(group.Name, "warm-up", LifecycleTransition.Launching, TimeSpan.FromMinutes(10));
        sim.AutoScaling.SetDesiredCapacity(group.Name, 4);
        var launched = group.Instances.Values.Single(i => i.LifecycleState == LifecycleStates.PendingWait);

        sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef(group.Name, "warm-up", launched.InstanceId, null), LifecycleResult.Abandon);
        sim.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.DoesNotContain(launched.InstanceId, group.Instances.Keys);
        Assert.Equal(4, group.Instances.Count);
    }
}

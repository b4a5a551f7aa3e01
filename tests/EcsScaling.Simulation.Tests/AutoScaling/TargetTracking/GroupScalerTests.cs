using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.AutoScaling.TargetTracking;

namespace EcsScaling.Simulation.Tests.AutoScaling.TargetTracking;

/// <summary>EC2 Auto Scaling target tracking on a cluster metric: warm-up, and scale-in through the termination policy, protection and the terminate hook.</summary>
public class GroupScalerTests
{
    private static readonly MetricDimension[] Cluster = [new("ClusterName", "prod")];
    private static readonly TrackedPolicy Reservation = new("cpu-reservation", "AWS/ECS", "CPUReservation", Cluster, 50);

    private readonly Simulator _sim = TestSim.Create();
    private readonly GroupScaler _scaler;
    private readonly SimGroup _group;

    public GroupScalerTests()
    {
        _scaler = new GroupScaler(_sim.AutoScaling, _sim.CloudWatch, _sim.Clock);
        _group = _sim.AutoScaling.CreateGroup("asg", _sim.Ecs.CreateCluster("prod"), 4, new Resources(1024, 2048), TestSim.ThreeZones, new GroupSpec { MinSize = 1, MaxSize = 20 });
    }

    private void Minutes(int count, double value, TrackedPolicy? policy = null)
    {
        for (var i = 0; i < count; i++)
        {
            _sim.Clock.Advance(TimeSpan.FromMinutes(1));
            _sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", value, "Percent", Cluster, _sim.Clock.GetUtcNow())]);
            _scaler.Evaluate(_group, [policy ?? Reservation]);
        }
    }

    [Fact]
    public void Instances_warming_up_do_not_count_so_repeated_breaches_make_one_scale_out()
    {
        Minutes(3, 100);
        Assert.Equal(8, _group.DesiredCapacity); // ceil(4 × 100 / 50)

        // Still 100 % while the four new instances boot and warm up: computed on the 4 warmed ones, no further step.
        Minutes(3, 100);
        Assert.Equal(8, _group.DesiredCapacity);

        // Once warmed (300 s after InService) they count: 8 × 100 / 50.
        Minutes(4, 100);
        Assert.Equal(16, _group.DesiredCapacity);
    }

    [Fact]
    public void A_policys_instance_warmup_overrides_the_groups_default()
    {
        var policy = Reservation with { InstanceWarmup = TimeSpan.FromSeconds(60) };
        Minutes(3, 100, policy);
        Assert.Equal(8, _group.DesiredCapacity);

        // Launched at minute 3, InService after the 60 s boot, warmed 60 s later: minute 5 computes on 8, not on 4.
        Minutes(2, 100, policy);
        Assert.Equal(16, _group.DesiredCapacity);
    }

    [Fact]
    public void The_warmup_is_the_groups_unless_policies_set_one_and_then_the_longest()
    {
        Assert.Equal(_group.DefaultInstanceWarmup, GroupScaler.WarmupOf(_group, []));
        Assert.Equal(_group.DefaultInstanceWarmup, GroupScaler.WarmupOf(_group, [Reservation]));
        Assert.Equal(TimeSpan.FromSeconds(600), GroupScaler.WarmupOf(_group, [Reservation with { InstanceWarmup = TimeSpan.FromSeconds(60) }, Reservation with { Name = "b", InstanceWarmup = TimeSpan.FromSeconds(600) }]));
    }

    [Fact]
    public void Scale_in_waits_for_warm_up_and_then_goes_through_the_terminate_hook_skipping_protected_instances()
    {
        _sim.AutoScaling.PutLifecycleHook("asg", "drain", LifecycleTransition.Terminating, TimeSpan.FromSeconds(600));
        var kept = _group.Instances.Keys.Take(3).ToList();
        _sim.AutoScaling.SetInstanceProtection("asg", kept, true);

        Minutes(15, 10);

        Assert.Equal(1, _group.DesiredCapacity); // ceil(4 × 10 / 50)
        var leaving = Assert.Single(_group.Instances.Values, i => i.LifecycleState == LifecycleStates.TerminatingWait);
        Assert.DoesNotContain(leaving.InstanceId, kept);
        Assert.Contains(_sim.AutoScaling.Activities, a => a.Message.Contains("protected from scale-in", StringComparison.Ordinal));
    }

    [Fact]
    public void No_scale_in_while_a_new_instance_warms_up()
    {
        Minutes(14, 10);
        _sim.AutoScaling.SetDesiredCapacity("asg", 5);
        Minutes(1, 10);
        Assert.Equal("ALARM", _sim.CloudWatch.Alarms["TargetTracking-asg-AlarmLow-cpu-reservation"].State);
        Assert.Equal(5, _group.DesiredCapacity);

        // Booted after a minute, warmed five minutes after InService.
        Minutes(6, 10);
        Assert.Equal(1, _group.DesiredCapacity);
    }
}

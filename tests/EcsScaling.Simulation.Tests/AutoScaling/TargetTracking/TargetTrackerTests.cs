using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling.TargetTracking;

namespace EcsScaling.Simulation.Tests.AutoScaling.TargetTracking;

/// <summary>One test per target-tracking rule (Application Auto Scaling / EC2 Auto Scaling user guides), on one metric fed a datapoint a minute.</summary>
public class TargetTrackerTests
{
    private static readonly MetricDimension[] Service = [new("ClusterName", "prod"), new("ServiceName", "web")];

    private readonly Simulator _sim = TestSim.Create();
    private readonly TargetTracker _tracker;

    public TargetTrackerTests() => _tracker = new TargetTracker(_sim.CloudWatch, "service/prod/web");

    private static TrackedPolicy Cpu(double target = 50, string name = "cpu", string metric = "CPUUtilization") =>
        new(name, "AWS/ECS", metric, Service, target) { ScaleOutCooldown = TimeSpan.FromMinutes(5), ScaleInCooldown = TimeSpan.FromMinutes(5) };

    /// <summary>Advances a minute and publishes one datapoint per metric.</summary>
    private void Minute(double value, string metric = "CPUUtilization")
    {
        _sim.Clock.Advance(TimeSpan.FromMinutes(1));
        _sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum(metric, value, "Percent", Service, _sim.Clock.GetUtcNow())]);
    }

    private ScalingDecision? Decide(int capacity, int min = 1, int max = 100, string? blocked = null) =>
        _tracker.Decide(new ScalingInput(capacity, min, max, capacity, blocked), _sim.Clock.GetUtcNow());

    [Fact]
    public void Scale_out_needs_three_consecutive_datapoints_above_target()
    {
        _tracker.Sync([Cpu()]);
        Minute(80);
        Minute(80);
        Assert.Null(Decide(4));

        Minute(80);
        Assert.Equal(7, Decide(4)!.Capacity); // ceil(4 × 80 / 50) = 7
    }

    [Fact]
    public void Scale_in_needs_fifteen_consecutive_datapoints_below_ninety_percent_of_target()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 14; i++)
        {
            Minute(20);
        }

        Assert.Null(Decide(10));
        Minute(20);
        Assert.Equal(4, Decide(10)!.Capacity); // ceil(10 × 20 / 50)
    }

    [Fact]
    public void Between_ninety_percent_of_target_and_target_nothing_happens()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 20; i++)
        {
            Minute(46);
        }

        Assert.Null(Decide(10));
        Assert.Equal("OK", _sim.CloudWatch.Alarms["TargetTracking-service/prod/web-AlarmLow-cpu"].State);
    }

    [Fact]
    public void New_capacity_is_proportional_rounded_up_and_within_min_and_max()
    {
        Assert.Equal(3, TargetTrackingRules.ProportionalCapacity(2, 51, 50 * 1.0));
        Assert.Equal(2, TargetTrackingRules.ProportionalCapacity(2, 50, 50));
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 3; i++)
        {
            Minute(500);
        }

        Assert.Equal(12, Decide(4, max: 12)!.Capacity);
    }

    [Fact]
    public void A_capacity_outside_a_new_minimum_is_brought_to_it()
    {
        _tracker.Sync([Cpu()]);
        Assert.Equal(6, Decide(4, min: 6)!.Capacity);
    }

    [Fact]
    public void During_the_scale_out_cooldown_the_capacity_already_added_counts_for_the_next_scale_out()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 3; i++)
        {
            Minute(100);
        }

        Assert.Equal(8, Decide(4)!.Capacity);

        // Still 100 % a minute later (the new tasks are not running yet): computed on the 4 the cooldown started from, no more.
        Minute(100);
        Assert.Null(Decide(8));

        // Higher still: more than the 8 already asked for.
        Minute(150);
        Assert.Equal(12, Decide(8)!.Capacity);
    }

    [Fact]
    public void Scale_in_waits_out_the_scale_out_cooldown()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 3; i++)
        {
            Minute(100);
        }

        Assert.NotNull(Decide(4));
        for (var i = 0; i < 15; i++)
        {
            Minute(10);
        }

        var decision = _tracker.Decide(new ScalingInput(8, 1, 100, 8, null), _sim.Clock.GetUtcNow() - TimeSpan.FromMinutes(14));
        Assert.Null(decision); // four minutes after the scale-out: within its five-minute cooldown
        Assert.Equal(2, Decide(8)!.Capacity);
    }

    [Fact]
    public void A_scale_out_is_allowed_during_the_scale_in_cooldown()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 15; i++)
        {
            Minute(10);
        }

        Assert.Equal(2, Decide(10)!.Capacity);
        for (var i = 0; i < 3; i++)
        {
            Minute(100);
        }

        Assert.Equal(4, Decide(2)!.Capacity);
    }

    [Fact]
    public void Scale_in_waits_out_its_own_cooldown()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 15; i++)
        {
            Minute(20);
        }

        Assert.Equal(4, Decide(10)!.Capacity);
        Minute(5);
        Assert.Null(Decide(4));
        for (var i = 0; i < 4; i++)
        {
            Minute(5);
        }

        Assert.Equal(1, Decide(4)!.Capacity);
    }

    [Fact]
    public void With_scale_in_disabled_there_is_no_low_alarm_and_no_scale_in()
    {
        _tracker.Sync([Cpu() with { DisableScaleIn = true }]);
        for (var i = 0; i < 20; i++)
        {
            Minute(5);
        }

        Assert.DoesNotContain("TargetTracking-service/prod/web-AlarmLow-cpu", _sim.CloudWatch.Alarms.Keys);
        Assert.Null(Decide(10));
    }

    [Fact]
    public void No_scale_in_while_it_is_blocked_by_a_deployment()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 15; i++)
        {
            Minute(10);
        }

        Assert.Null(Decide(10, blocked: "deployment in progress"));
        Assert.NotNull(Decide(10));
    }

    [Fact]
    public void No_action_on_missing_data()
    {
        _tracker.Sync([Cpu()]);
        for (var i = 0; i < 3; i++)
        {
            Minute(100);
        }

        _sim.Clock.Advance(TimeSpan.FromMinutes(1)); // this minute has no datapoint
        Assert.Null(Decide(4));
    }

    [Fact]
    public void Several_policies_scale_out_to_the_largest_capacity()
    {
        _tracker.Sync([Cpu(), Cpu(40, "memory", "MemoryUtilization")]);
        for (var i = 0; i < 3; i++)
        {
            Minute(60);
            _sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("MemoryUtilization", 100, "Percent", Service, _sim.Clock.GetUtcNow())]);
        }

        Assert.Equal(10, Decide(4)!.Capacity); // cpu asks ceil(4 × 60/50) = 5, memory ceil(4 × 100/40) = 10
    }

    [Fact]
    public void Several_policies_scale_in_only_when_every_one_is_ready()
    {
        _tracker.Sync([Cpu(), Cpu(50, "memory", "MemoryUtilization")]);
        for (var i = 0; i < 15; i++)
        {
            Minute(10);
            _sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("MemoryUtilization", 48, "Percent", Service, _sim.Clock.GetUtcNow())]);
        }

        Assert.Null(Decide(10)); // memory at 48 is not below 45
        for (var i = 0; i < 15; i++)
        {
            Minute(10);
            _sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("MemoryUtilization", 30, "Percent", Service, _sim.Clock.GetUtcNow())]);
        }

        Assert.Equal(6, Decide(10)!.Capacity); // the larger of ceil(10 × 10/50) = 2 and ceil(10 × 30/50) = 6
    }

    [Fact]
    public void A_changed_target_replaces_the_alarms_and_a_removed_policy_deletes_them()
    {
        _tracker.Sync([Cpu()]);
        _tracker.Sync([Cpu(40)]);
        Assert.Equal(40, _sim.CloudWatch.Alarms["TargetTracking-service/prod/web-AlarmHigh-cpu"].Threshold);
        Assert.Equal(36, _sim.CloudWatch.Alarms["TargetTracking-service/prod/web-AlarmLow-cpu"].Threshold);
        _tracker.Sync([]);
        Assert.Empty(_sim.CloudWatch.Alarms);
    }
}

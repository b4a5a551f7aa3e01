using EcsScaling.Core.Model;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Tests.CloudWatch;

public class CloudWatchModelTests
{
    [Fact]
    public void A_breaching_datapoint_moves_the_alarm_and_only_a_change_emits_an_event()
    {
        var sim = TestSim.Create();
        MetricDimension[] cluster = [new("ClusterName", "prod")];
        sim.CloudWatch.PutMetricAlarm("high-cpu", "AWS/ECS", "CPUReservation", cluster, "GreaterThanThreshold", 80);

        sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", 90, "Percent", cluster, null)]);
        sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", 95, "Percent", cluster, null)]);
        sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", 50, "Percent", [new("ClusterName", "other")], null)]);

        Assert.Equal("ALARM", sim.CloudWatch.Alarms["high-cpu"].State);
        Assert.Single(sim.Events.Emitted, e => e.DetailType == SimEvent.AlarmStateChange);
    }

    [Fact]
    public void An_unknown_comparison_operator_is_rejected_when_the_alarm_is_created() =>
        Assert.Throws<ArgumentException>(() => TestSim.Create().CloudWatch.PutMetricAlarm("x", "n", "m", [], "Above", 1));
}

public class MultiPeriodAlarmTests
{
    private static readonly MetricDimension[] Cluster = [new("ClusterName", "prod")];

    [Fact]
    public void Three_periods_need_three_breaching_minutes_and_a_missing_minute_keeps_the_state()
    {
        var sim = TestSim.Create();
        var alarm = sim.CloudWatch.PutMetricAlarm("high", "AWS/ECS", "CPUReservation", Cluster, "GreaterThanThreshold", 80, evaluationPeriods: 3);
        void Publish(double value)
        {
            sim.Clock.Advance(TimeSpan.FromMinutes(1));
            sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", value, "Percent", Cluster, sim.Clock.GetUtcNow())]);
        }

        Publish(90);
        Publish(90);
        Assert.Equal("INSUFFICIENT_DATA", alarm.State);
        Publish(90);
        Assert.Equal("ALARM", alarm.State);

        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        Publish(10); // the window now has a gap: the state stays
        Assert.Equal("ALARM", alarm.State);
        Publish(10);
        Publish(10);
        Assert.Equal("OK", alarm.State);
    }
}

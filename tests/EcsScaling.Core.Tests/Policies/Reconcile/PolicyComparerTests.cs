using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

public class PolicyComparerTests
{
    private static readonly TargetTrackingConfiguration Cpu = new(60, "ECSServiceAverageCPUUtilization", null, null, null, null, false);

    [Fact]
    public void Cooldowns_left_out_equal_the_300_seconds_AWS_fills_in_for_ECS()
    {
        var described = Cpu with { ScaleInCooldownSeconds = 300, ScaleOutCooldownSeconds = 300 };

        Assert.Empty(PolicyComparer.Differences(Cpu, described, ScalableResourceKind.EcsService));
        Assert.Single(PolicyComparer.Differences(Cpu, described with { ScaleOutCooldownSeconds = 60 }, ScalableResourceKind.EcsService));
    }

    [Fact]
    public void Cooldowns_are_ignored_for_Auto_Scaling_groups()
    {
        var group = Cpu with { PredefinedMetricType = "ASGAverageCPUUtilization" };

        Assert.Empty(PolicyComparer.Differences(group, group with { ScaleInCooldownSeconds = 120 }, ScalableResourceKind.AutoScalingGroup));
    }

    [Fact]
    public void Target_values_that_differ_only_by_text_round_trip_are_equal_but_real_changes_are_not()
    {
        var third = Cpu with { TargetValue = 100.0 / 3 };
        var roundTripped = Cpu with { TargetValue = 33.3333333333333 };

        Assert.NotEqual(third.TargetValue, roundTripped.TargetValue);
        Assert.Empty(PolicyComparer.Differences(third, roundTripped, ScalableResourceKind.EcsService));
        var change = Assert.Single(PolicyComparer.Differences(third, Cpu with { TargetValue = 33.4 }, ScalableResourceKind.EcsService));
        Assert.Equal(new FieldDifference("targetValue", "33.333333333333336", "33.4"), change);
    }

    [Fact]
    public void Dimension_order_does_not_matter_but_a_dimension_value_does()
    {
        var metric = new CustomizedMetric("AWS/ECS", "CPUReservation", [new("ClusterName", "prod"), new("Zone", "a")], "Average", null);
        var custom = new TargetTrackingConfiguration(70, null, null, metric, null, null, false);
        var reordered = custom with { CustomizedMetric = metric with { Dimensions = [new("Zone", "a"), new("ClusterName", "prod")] } };
        var other = custom with { CustomizedMetric = metric with { Dimensions = [new("ClusterName", "test"), new("Zone", "a")] } };

        Assert.Empty(PolicyComparer.Differences(custom, reordered, ScalableResourceKind.AutoScalingGroup));
        var change = Assert.Single(PolicyComparer.Differences(custom, other, ScalableResourceKind.AutoScalingGroup));
        Assert.Equal("AWS/ECS CPUReservation {ClusterName=prod,Zone=a} Average", change.Expected);
        Assert.Equal("AWS/ECS CPUReservation {ClusterName=test,Zone=a} Average", change.Actual);
    }

    [Fact]
    public void Metric_math_is_compared_query_by_query_in_id_order()
    {
        var cpu = new MetricQuery("cpu", null, new CustomizedMetric("AWS/ECS", "CPUReservation", [new("ClusterName", "prod")], "Average", null), null, false);
        var memory = new MetricQuery("memory", null, new CustomizedMetric("AWS/ECS", "MemoryReservation", [new("ClusterName", "prod")], "Average", null), null, false);
        var max = new MetricQuery("reservation", "MAX([cpu, memory])", null, "max", true);
        var policy = new TargetTrackingConfiguration(75, null, null, null, null, null, false, [cpu, memory, max]);

        Assert.Empty(PolicyComparer.Differences(policy, policy with { MetricMath = [max, memory, cpu] }, ScalableResourceKind.AutoScalingGroup));
        var change = Assert.Single(PolicyComparer.Differences(policy, policy with { MetricMath = [cpu, memory, max with { Expression = "MIN([cpu, memory])" }] }, ScalableResourceKind.AutoScalingGroup));
        Assert.Equal("customizedMetric", change.Field);
        Assert.Equal("cpu = AWS/ECS CPUReservation {ClusterName=prod} Average; memory = AWS/ECS MemoryReservation {ClusterName=prod} Average; reservation = MAX([cpu, memory]) \"max\" (tracked)", change.Expected);
        Assert.EndsWith("reservation = MIN([cpu, memory]) \"max\" (tracked)", change.Actual, StringComparison.Ordinal);
        Assert.Single(PolicyComparer.Differences(policy, policy with { MetricMath = null, CustomizedMetric = cpu.Metric }, ScalableResourceKind.AutoScalingGroup));
    }

    [Fact]
    public void A_sixty_second_period_is_EC2_Auto_Scalings_default_but_a_high_resolution_one_differs()
    {
        var metric = new CustomizedMetric("AWS/ECS", "CPUReservation", [new("ClusterName", "prod")], "Average", "Percent");
        var policy = new TargetTrackingConfiguration(70, null, null, metric, null, null, false);

        Assert.Empty(PolicyComparer.Differences(policy, policy with { CustomizedMetric = metric with { PeriodSeconds = 60 } }, ScalableResourceKind.AutoScalingGroup));
        var change = Assert.Single(PolicyComparer.Differences(policy with { CustomizedMetric = metric with { PeriodSeconds = 10 } }, policy, ScalableResourceKind.AutoScalingGroup));
        Assert.Equal("AWS/ECS CPUReservation {ClusterName=prod} Average (Percent) every 10s", change.Expected);
    }

    [Fact]
    public void A_missing_policy_lists_every_field_it_would_create()
    {
        var fields = PolicyComparer.Differences(Cpu, null, ScalableResourceKind.EcsService).Select(d => d.Field);

        Assert.Equal(["targetValue", "metric", "scaleInCooldownSeconds", "scaleOutCooldownSeconds", "disableScaleIn"], fields);
    }

    [Fact]
    public void Capacity_differences_name_min_and_max()
    {
        var resource = new ScalableResource(ScalableResourceKind.EcsService, "service/prod/web");

        var differences = PolicyComparer.Differences(new ScalableTarget(resource, 2, 20), new ScalableTarget(resource, 1, 20));

        Assert.Equal([new FieldDifference("minCapacity", "2", "1")], differences);
    }
}

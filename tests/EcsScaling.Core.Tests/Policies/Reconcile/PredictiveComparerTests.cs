using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

public class PredictiveComparerTests
{
    private static readonly PredictiveScalingConfiguration Written = new(60, "ECSServiceCPUUtilization", null, null, null, null, null, null, null);

    [Fact]
    public void A_policy_read_back_with_AWS_defaults_filled_in_is_no_drift()
    {
        var answered = Written with
        {
            TargetValue = 60.000000000001,
            Mode = PredictiveScalingMode.ForecastOnly,
            SchedulingBufferSeconds = 300,
            MaxCapacityBreachBehavior = MaxCapacityBreachBehavior.HonorMaxCapacity,
        };

        Assert.Empty(PredictiveComparer.Differences(Written, answered));
    }

    [Fact]
    public void Each_field_that_differs_is_named_with_both_values()
    {
        var actual = Written with { TargetValue = 50, MetricPair = null, ScalingMetric = "ECSServiceAverageCPUUtilization", LoadMetric = "ECSServiceTotalCPUUtilization",
            Mode = PredictiveScalingMode.ForecastAndScale, SchedulingBufferSeconds = 600, MaxCapacityBreachBehavior = MaxCapacityBreachBehavior.IncreaseMaxCapacity, MaxCapacityBuffer = 10 };

        var differences = PredictiveComparer.Differences(Written, actual);

        Assert.Equal(
        [
            new FieldDifference("targetValue", "60", "50"),
            new FieldDifference("metricPair", "ECSServiceCPUUtilization", null),
            new FieldDifference("scalingMetric", null, "ECSServiceAverageCPUUtilization"),
            new FieldDifference("loadMetric", null, "ECSServiceTotalCPUUtilization"),
            new FieldDifference("mode", "ForecastOnly", "ForecastAndScale"),
            new FieldDifference("schedulingBufferSeconds", "300", "600"),
            new FieldDifference("maxCapacityBreachBehavior", "HonorMaxCapacity", "IncreaseMaxCapacity"),
            new FieldDifference("maxCapacityBuffer", null, "10"),
        ], differences);
    }

    [Fact]
    public void A_missing_policy_lists_what_it_should_have()
    {
        var differences = PredictiveComparer.Differences(Written, null);

        Assert.Equal(["targetValue", "metricPair", "mode", "schedulingBufferSeconds", "maxCapacityBreachBehavior"], differences.Select(d => d.Field));
        Assert.All(differences, d => Assert.Null(d.Actual));
    }
}

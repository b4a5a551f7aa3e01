using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;
using static EcsScaling.Aws.Tests.Ecs.EcsOperationsTests;

namespace EcsScaling.Aws.Tests.ApplicationAutoScaling;

/// <summary>Predictive scaling configurations written as AWS documents them, read back alongside target tracking, and the capacity forecast read.</summary>
public class PredictiveScalingPolicyJsonTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/main/web");

    [Fact]
    public async Task A_metric_pair_and_a_scaling_and_load_metric_are_written_as_one_metric_specification()
    {
        Assert.Equal(
            """{"PolicyName":"forecast","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount","PolicyType":"PredictiveScaling","PredictiveScalingPolicyConfiguration":"""
            + """{"MetricSpecifications":[{"TargetValue":40,"PredefinedMetricPairSpecification":{"PredefinedMetricType":"ECSServiceMemoryUtilization"}}],"Mode":"ForecastOnly","SchedulingBufferTime":3600,"MaxCapacityBreachBehavior":"HonorMaxCapacity"}}""",
            await PutBody(new(40, "ECSServiceMemoryUtilization", null, null, null, PredictiveScalingMode.ForecastOnly, 3600, MaxCapacityBreachBehavior.HonorMaxCapacity, null)));
        Assert.EndsWith(
            """{"MetricSpecifications":[{"TargetValue":1000,"PredefinedScalingMetricSpecification":{"PredefinedMetricType":"ALBRequestCountPerTarget","ResourceLabel":"app/lb/1/targetgroup/tg/2"}"""
            + ""","PredefinedLoadMetricSpecification":{"PredefinedMetricType":"TotalALBRequestCount","ResourceLabel":"app/lb/1/targetgroup/tg/2"}}],"MaxCapacityBreachBehavior":"IncreaseMaxCapacity","MaxCapacityBuffer":10}}""",
            await PutBody(new(1000, null, "ALBRequestCountPerTarget", "TotalALBRequestCount", "app/lb/1/targetgroup/tg/2", null, null, MaxCapacityBreachBehavior.IncreaseMaxCapacity, 10)));
    }

    [Fact]
    public void Described_predictive_policies_read_back_what_was_written_next_to_target_tracking()
    {
        var page = Assert.Single(Read(Op.DescribeScalingPolicies, """
            {"ScalingPolicies":[
              {"PolicyName":"cpu","PolicyType":"TargetTrackingScaling","ResourceId":"service/main/web","TargetTrackingScalingPolicyConfiguration":{"TargetValue":50,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"}}},
              {"PolicyName":"forecast","PolicyType":"PredictiveScaling","ResourceId":"service/main/web","PredictiveScalingPolicyConfiguration":{
                "MetricSpecifications":[{"TargetValue":1000,"PredefinedScalingMetricSpecification":{"PredefinedMetricType":"ALBRequestCountPerTarget","ResourceLabel":"app/lb/1/targetgroup/tg/2"},
                  "PredefinedLoadMetricSpecification":{"PredefinedMetricType":"TotalALBRequestCount","ResourceLabel":"app/lb/1/targetgroup/tg/2"}}],
                "Mode":"ForecastAndScale","SchedulingBufferTime":300,"MaxCapacityBreachBehavior":"IncreaseMaxCapacity","MaxCapacityBuffer":10}},
              {"PolicyName":"odd","PolicyType":"PredictiveScaling","ResourceId":"service/main/web","PredictiveScalingPolicyConfiguration":{"MetricSpecifications":[],"Mode":"SomethingNew"}}]}
            """).Items);

        Assert.Equal("cpu", Assert.Single(page.TargetTracking).PolicyName);
        Assert.Equal(2, page.Predictive.Count);
        Assert.Equal(new PredictivePolicy(Web, "forecast", new(1000, null, "ALBRequestCountPerTarget", "TotalALBRequestCount", "app/lb/1/targetgroup/tg/2",
            PredictiveScalingMode.ForecastAndScale, 300, MaxCapacityBreachBehavior.IncreaseMaxCapacity, 10)), page.Predictive[0]);
        Assert.Equal(new PredictiveScalingConfiguration(0, null, null, null, null, null, null, null, null), page.Predictive[1].Configuration);
    }

    [Fact]
    public void The_capacity_forecast_pairs_timestamps_with_values_and_an_early_answer_is_empty()
    {
        var forecast = Read(Op.GetPredictiveScalingForecast, """
            {"CapacityForecast":{"Timestamps":[1767225600,1767229200],"Values":[4.0,6.5]},
             "LoadForecast":[{"Timestamps":[1767225600],"Values":[100],"MetricSpecification":{"TargetValue":60}}],"UpdateTime":1767222000.5}
            """);

        Assert.Equal([new ForecastPoint(DateTimeOffset.FromUnixTimeSeconds(1767225600), 4), new ForecastPoint(DateTimeOffset.FromUnixTimeSeconds(1767229200), 6.5)], forecast.Points);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767222000500), forecast.UpdatedAt);
        Assert.Equal((0, null), (Read(Op.GetPredictiveScalingForecast, "{}").Points.Count, Read(Op.GetPredictiveScalingForecast, "{}").UpdatedAt));
    }

    [Fact]
    public async Task The_forecast_is_asked_for_the_policy_between_two_epoch_second_times()
    {
        var aws = new RecordingCaller();
        var start = DateTimeOffset.FromUnixTimeSeconds(1767225600);

        await new EcsServiceScaling(aws).GetCapacityForecastAsync("service/main/web", "forecast", start, start.AddHours(6), CancellationToken.None);

        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount","PolicyName":"forecast","StartTime":1767225600,"EndTime":1767247200}""",
            Assert.Single(aws.BodiesOf(Op.GetPredictiveScalingForecast)));
    }

    private static async Task<string> PutBody(PredictiveScalingConfiguration configuration)
    {
        var aws = new RecordingCaller();
        await new EcsServiceScaling(aws).PutPredictivePolicyAsync(new PredictivePolicy(Web, "forecast", configuration), CancellationToken.None);
        return Assert.Single(aws.BodiesOf(Op.PutScalingPolicy));
    }
}

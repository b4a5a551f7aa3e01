using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

/// <summary>A profile layers over a predictive policy field by field, as over a target-tracking one.</summary>
public class ResourceDraftTests
{
    private const string Base = """
        "targetValue": 60, "predictive": { "metricPair": "ECSServiceCPUUtilization", "schedulingBufferSeconds": 600,
          "maxCapacityBreachBehavior": "IncreaseMaxCapacity", "maxCapacityBuffer": 20 }
        """;

    [Fact]
    public void A_profile_setting_only_the_mode_keeps_every_other_predictive_field()
    {
        var surge = Forecast("\"predictive\": { \"mode\": \"ForecastAndScale\" }", "surge");

        Assert.Equal(new PredictiveScalingConfiguration(60, "ECSServiceCPUUtilization", null, null, null, PredictiveScalingMode.ForecastAndScale, 600,
            MaxCapacityBreachBehavior.IncreaseMaxCapacity, 20), surge);
    }

    [Fact]
    public void A_profile_naming_the_other_metric_form_replaces_the_base_one_and_its_target_overrides()
    {
        var surge = Forecast("\"targetValue\": 40, \"predictive\": { \"scalingMetric\": \"ECSServiceAverageMemoryUtilization\", \"loadMetric\": \"ECSServiceTotalMemoryUtilization\" }", "surge");

        Assert.Equal((40.0, null, "ECSServiceAverageMemoryUtilization", "ECSServiceTotalMemoryUtilization"), (surge.TargetValue, surge.MetricPair, surge.ScalingMetric, surge.LoadMetric));
    }

    [Fact]
    public void A_profile_honouring_the_maximum_drops_the_base_buffer()
    {
        var surge = Forecast("\"predictive\": { \"maxCapacityBreachBehavior\": \"HonorMaxCapacity\" }", "surge");

        Assert.Equal((MaxCapacityBreachBehavior.HonorMaxCapacity, (int?)null), (surge.MaxCapacityBreachBehavior, surge.MaxCapacityBuffer));
    }

    [Fact]
    public void The_base_profile_is_left_as_written()
    {
        Assert.Equal(PredictiveScalingMode.ForecastAndScale, Forecast("\"predictive\": { \"mode\": \"ForecastAndScale\" }", "surge").Mode);
        Assert.Null(Forecast("\"predictive\": { \"mode\": \"ForecastAndScale\" }", "normal").Mode);
    }

    private static PredictiveScalingConfiguration Forecast(string surgeFields, string profile) => PolicyDocument.Load($$"""
        { "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 4, "policies": [ { "name": "forecast", {{Base}} } ] } ],
          "profiles": { "surge": { "services": [ { "cluster": "c", "service": "s", "policies": [ { "name": "forecast", {{surgeFields}} } ] } ] } } }
        """).Profile(profile).Resources.Single().PredictivePolicies.Single().Configuration;
}

using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class PredictiveConfigurationValidatorTests
{
    private const string Label = "app/prod-alb/50dc6c495c0c9188/targetgroup/prod-web/943f017f100becff";

    [Fact]
    public void A_metric_pair_policy_keeps_what_it_sets_and_leaves_the_rest_to_AWS_defaults()
    {
        var resource = Load("\"targetValue\": 60, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\" }").Profile(null).Resources.Single();

        Assert.Empty(resource.Policies);
        var policy = Assert.Single(resource.PredictivePolicies);
        Assert.Equal(new PredictivePolicySpec("p", new PredictiveScalingConfiguration(60, "ECSServiceCPUUtilization", null, null, null, null, null, null, null)), policy);
    }

    [Fact]
    public void A_scaling_and_load_metric_policy_with_every_option_is_read_as_written()
    {
        var policy = Load($$"""
            "targetValue": 1000, "resourceLabel": "{{Label}}",
            "predictive": { "scalingMetric": "ALBRequestCountPerTarget", "loadMetric": "TotalALBRequestCount", "mode": "ForecastAndScale",
              "schedulingBufferSeconds": 3600, "maxCapacityBreachBehavior": "IncreaseMaxCapacity", "maxCapacityBuffer": 100 }
            """).Profile(null).Resources.Single().PredictivePolicies.Single();

        Assert.Equal(new PredictiveScalingConfiguration(1000, null, "ALBRequestCountPerTarget", "TotalALBRequestCount", Label, PredictiveScalingMode.ForecastAndScale, 3600,
            MaxCapacityBreachBehavior.IncreaseMaxCapacity, 100), policy.Configuration);
    }

    [Theory]
    [InlineData("\"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\" }", "services[0].policies[0].targetValue: is required")]
    [InlineData("\"targetValue\": 101, \"predictive\": { \"metricPair\": \"ECSServiceMemoryUtilization\" }", "services[0].policies[0].targetValue: 101 is out of range; expected more than 0 and at most 100")]
    [InlineData("\"targetValue\": 0, \"predictive\": { \"scalingMetric\": \"ECSServiceAverageCPUUtilization\", \"loadMetric\": \"ECSServiceTotalCPUUtilization\" }", "services[0].policies[0].targetValue: 0 is out of range")]
    [InlineData("\"targetValue\": 50, \"predictive\": { }", "services[0].policies[0].predictive: set either 'metricPair' or both 'scalingMetric' and 'loadMetric'")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"loadMetric\": \"ECSServiceTotalCPUUtilization\" }", "services[0].policies[0].predictive: set either")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceAverageCPUUtilization\" }", "services[0].policies[0].predictive.metricPair: unknown metric 'ECSServiceAverageCPUUtilization'; expected one of ECSServiceCPUUtilization, ECSServiceMemoryUtilization, ALBRequestCount")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"scalingMetric\": \"ECSServiceAverageCPUUtilization\" }", "services[0].policies[0].predictive.loadMetric: is required; expected one of ECSServiceTotalCPUUtilization")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"scalingMetric\": \"ECSServiceTotalCPUUtilization\", \"loadMetric\": \"ECSServiceTotalCPUUtilization\" }", "services[0].policies[0].predictive.scalingMetric: unknown metric 'ECSServiceTotalCPUUtilization'")]
    [InlineData("\"targetValue\": 500, \"predictive\": { \"metricPair\": \"ALBRequestCount\" }", "services[0].policies[0].resourceLabel: the ALB request metrics need their resource label")]
    [InlineData("\"targetValue\": 500, \"resourceLabel\": \"my-alb\", \"predictive\": { \"metricPair\": \"ALBRequestCount\" }", "services[0].policies[0].resourceLabel: 'my-alb' is not of the form")]
    [InlineData("\"targetValue\": 50, \"resourceLabel\": \"app/a/1/targetgroup/t/2\", \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\" }", "services[0].policies[0].resourceLabel: only the ALB request metrics take a resource label")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"mode\": \"forecastonly\" }", "services[0].policies[0].predictive.mode: 'forecastonly' is not one of ForecastOnly, ForecastAndScale")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"schedulingBufferSeconds\": 3601 }", "services[0].policies[0].predictive.schedulingBufferSeconds: 3601 is out of range; expected 0 to 3600 (seconds)")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"schedulingBufferSeconds\": -1 }", "services[0].policies[0].predictive.schedulingBufferSeconds: -1 is out of range")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"maxCapacityBreachBehavior\": \"Ignore\" }", "services[0].policies[0].predictive.maxCapacityBreachBehavior: 'Ignore' is not one of HonorMaxCapacity, IncreaseMaxCapacity")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"maxCapacityBreachBehavior\": \"IncreaseMaxCapacity\" }", "services[0].policies[0].predictive.maxCapacityBuffer: is required with IncreaseMaxCapacity")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"maxCapacityBuffer\": 10 }", "services[0].policies[0].predictive.maxCapacityBuffer: applies only with maxCapacityBreachBehavior IncreaseMaxCapacity")]
    [InlineData("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"maxCapacityBreachBehavior\": \"IncreaseMaxCapacity\", \"maxCapacityBuffer\": 101 }", "services[0].policies[0].predictive.maxCapacityBuffer: 101 is out of range; expected 0 to 100 (percent)")]
    [InlineData("\"targetValue\": 50, \"metric\": \"ECSServiceAverageCPUUtilization\", \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\" }", "services[0].policies[0]: a predictive policy takes its metrics from 'predictive'")]
    [InlineData("\"targetValue\": 50, \"scaleInCooldownSeconds\": 60, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\" }", "services[0].policies[0]: a predictive policy takes its metrics from 'predictive'")]
    public void Each_bad_predictive_field_is_named_by_its_path(string policyFields, string expected)
    {
        var error = Assert.Throws<PolicyValidationException>(() => Load(policyFields));

        Assert.StartsWith(expected, error.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Predictive_scaling_on_an_Auto_Scaling_group_is_refused()
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load("""
            { "autoScalingGroups": [ { "name": "g", "policies": [ { "name": "p", "targetValue": 50, "predictive": { "metricPair": "ECSServiceCPUUtilization" } } ] } ] }
            """));

        Assert.StartsWith("autoScalingGroups[0].policies[0].predictive: predictive scaling is modelled for ECS services only", error.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_predictive_field_is_an_error_not_ignored()
    {
        var error = Assert.Throws<PolicyValidationException>(() => Load("\"targetValue\": 50, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\", \"schedulingBufferTime\": 60 }"));

        Assert.Contains("schedulingBufferTime", error.Message, StringComparison.Ordinal);
    }

    private static PolicyDocument Load(string policyFields) => PolicyDocument.Load(
        $$"""{ "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 2, "policies": [ { "name": "p", {{policyFields}} } ] } ] }""");
}

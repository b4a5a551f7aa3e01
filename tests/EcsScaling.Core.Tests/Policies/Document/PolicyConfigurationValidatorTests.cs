using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class PolicyConfigurationValidatorTests
{
    [Theory]
    [InlineData("\"metric\": \"ECSServiceAverageCPU\", \"targetValue\": 50", "services[0].policies[0].metric: unknown metric 'ECSServiceAverageCPU' for an ECS service")]
    [InlineData("\"metric\": \"ASGAverageCPUUtilization\", \"targetValue\": 50", "services[0].policies[0].metric: unknown metric 'ASGAverageCPUUtilization' for an ECS service")]
    [InlineData("\"metric\": \"ECSServiceAverageCPUUtilization\", \"targetValue\": 150", "services[0].policies[0].targetValue: 150 is out of range; expected more than 0 and at most 100")]
    [InlineData("\"metric\": \"ECSServiceAverageCPUUtilization\", \"targetValue\": 0", "services[0].policies[0].targetValue: 0 is out of range")]
    [InlineData("\"metric\": \"ECSServiceAverageCPUUtilization\"", "services[0].policies[0].targetValue: is required")]
    [InlineData("\"metric\": \"ALBRequestCountPerTarget\", \"targetValue\": 500", "services[0].policies[0].resourceLabel: ALBRequestCountPerTarget needs its resource label")]
    [InlineData("\"metric\": \"ALBRequestCountPerTarget\", \"resourceLabel\": \"my-alb\", \"targetValue\": 500", "services[0].policies[0].resourceLabel: 'my-alb' is not of the form")]
    [InlineData("\"metric\": \"ECSServiceAverageCPUUtilization\", \"resourceLabel\": \"app/a/1/targetgroup/t/2\", \"targetValue\": 5", "services[0].policies[0].resourceLabel: only ALBRequestCountPerTarget")]
    [InlineData("\"targetValue\": 5", "services[0].policies[0]: set exactly one of 'metric' (a predefined metric) or 'customizedMetric'")]
    [InlineData("\"metric\": \"ECSServiceAverageCPUUtilization\", \"customizedMetric\": { \"namespace\": \"n\", \"metricName\": \"m\", \"statistic\": \"Sum\" }, \"targetValue\": 5", "services[0].policies[0]: set exactly one of")]
    [InlineData("\"customizedMetric\": { \"namespace\": \"n\", \"metricName\": \"m\", \"statistic\": \"Avg\" }, \"targetValue\": 5", "services[0].policies[0].customizedMetric.statistic: expected one of Average, Minimum, Maximum, SampleCount, Sum (got 'Avg')")]
    [InlineData("\"customizedMetric\": { \"metricName\": \"m\", \"statistic\": \"Sum\" }, \"targetValue\": 5", "services[0].policies[0].customizedMetric.namespace: is required")]
    [InlineData("\"customizedMetric\": { \"namespace\": \"n\", \"metricName\": \"m\", \"statistic\": \"Sum\", \"dimensions\": [ { \"name\": \"d\" } ] }, \"targetValue\": 5", "services[0].policies[0].customizedMetric.dimensions[0].value: is required")]
    [InlineData("\"customizedMetric\": { \"namespace\": \"AWS/ECS\", \"metricName\": \"MemoryReservation\", \"statistic\": \"Average\" }, \"targetValue\": 101", "services[0].policies[0].targetValue: 101 is out of range")]
    [InlineData("\"metric\": \"ECSServiceAverageCPUUtilization\", \"targetValue\": 50, \"scaleInCooldownSeconds\": -1", "services[0].policies[0].scaleInCooldownSeconds: -1 is negative")]
    public void Each_bad_service_policy_is_named_by_its_path(string policyFields, string expected)
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load(
            $$"""{ "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 2, "policies": [ { "name": "p", {{policyFields}} } ] } ] }"""));

        Assert.StartsWith(expected, error.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cooldowns_on_an_Auto_Scaling_group_policy_are_rejected()
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load("""
            { "autoScalingGroups": [ { "name": "g", "policies": [ { "name": "p", "metric": "ASGAverageCPUUtilization", "targetValue": 50, "scaleOutCooldownSeconds": 60 } ] } ] }
            """));

        Assert.StartsWith("autoScalingGroups[0].policies[0]: scale-in/out cooldowns do not apply", error.Errors.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(60)]
    public void A_group_policy_takes_a_high_resolution_period_EC2_Auto_Scaling_accepts(int period)
    {
        var document = PolicyDocument.Load($$"""
            { "autoScalingGroups": [ { "name": "g", "policies": [ { "name": "p", "targetValue": 60,
              "customizedMetric": { "namespace": "AWS/ECS", "metricName": "CPUReservation", "statistic": "Average", "period": {{period}} } } ] } ] }
            """);

        Assert.Equal(period, document.Profile(null).Resources.Single().Policies.Single().Configuration.CustomizedMetric!.PeriodSeconds);
    }

    [Theory]
    [InlineData("autoScalingGroups", "\"name\": \"g\",", 20, "autoScalingGroups[0].policies[0].customizedMetric.period: 20 is not a period EC2 Auto Scaling accepts; expected 10, 30 or 60 (seconds)")]
    [InlineData("services", "\"cluster\": \"c\", \"service\": \"s\", \"minCapacity\": 1, \"maxCapacity\": 2,", 10, "services[0].policies[0].customizedMetric.period: a metric period applies to Auto Scaling group policies only")]
    public void A_period_EC2_Auto_Scaling_does_not_accept_or_on_a_service_is_refused(string list, string resource, int period, string expected)
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load($$"""
            { "{{list}}": [ { {{resource}} "policies": [ { "name": "p", "targetValue": 60,
              "customizedMetric": { "namespace": "App", "metricName": "Load", "statistic": "Average", "period": {{period}} } } ] } ] }
            """));

        Assert.StartsWith(expected, error.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_customized_metric_that_is_not_a_percentage_accepts_large_targets()
    {
        var document = PolicyDocument.Load("""
            { "autoScalingGroups": [ { "name": "g", "policies": [ { "name": "p", "targetValue": 5000,
              "customizedMetric": { "namespace": "App", "metricName": "Backlog", "statistic": "Sum", "unit": "Count" } } ] } ] }
            """);

        Assert.Equal(5000, document.Profile(null).Resources.Single().Policies.Single().Configuration.TargetValue);
    }

    [Fact]
    public void An_error_introduced_by_a_profile_names_the_profile_path()
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load("""
            { "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 2,
                "policies": [ { "name": "cpu", "metric": "ECSServiceAverageCPUUtilization", "targetValue": 50 } ] } ],
              "profiles": { "surge": { "services": [ { "cluster": "c", "service": "s", "policies": [ { "name": "cpu", "targetValue": 400 } ] } ] } } }
            """));

        Assert.StartsWith("profiles.surge.services[0].policies[0].targetValue: 400 is out of range", error.Errors.Single(), StringComparison.Ordinal);
    }
}

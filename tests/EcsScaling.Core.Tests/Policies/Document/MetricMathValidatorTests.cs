using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

/// <summary>
/// Metric math in a target-tracking policy, checked as the EC2 Auto Scaling and Application Auto
/// Scaling API references document TargetTrackingMetricDataQuery and TargetTrackingMetricStat.
/// </summary>
public class MetricMathValidatorTests
{
    private const string Cpu = """{ "id": "cpu", "metricStat": { "metric": { "namespace": "AWS/ECS", "metricName": "CPUReservation", "dimensions": [ { "name": "ClusterName", "value": "prod" } ] }, "stat": "Average", "unit": "Percent" }, "returnData": false }""";
    private const string Memory = """{ "id": "memory", "metricStat": { "metric": { "namespace": "AWS/ECS", "metricName": "MemoryReservation", "dimensions": [ { "name": "ClusterName", "value": "prod" } ] }, "stat": "Average" }, "returnData": false }""";
    private const string Max = """{ "id": "reservation", "expression": "MAX([cpu, memory])", "label": "max reservation", "returnData": true }""";

    private static PolicyDocument Group(string metrics, string extra = "") => PolicyDocument.Load(
        $$"""{ "autoScalingGroups": [ { "name": "g", "policies": [ { "name": "p", "targetValue": 75, "customizedMetric": { {{extra}} "metrics": [ {{metrics}} ] } } ] } ] }""");

    private static PolicyDocument Service(string metrics) => PolicyDocument.Load(
        $$"""{ "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 5, "policies": [ { "name": "p", "targetValue": 100, "customizedMetric": { "metrics": [ {{metrics}} ] } } ] } ] }""");

    private static string Error(Func<PolicyDocument> load) => Assert.Single(Assert.Throws<PolicyValidationException>(() => load()).Errors);

    [Fact]
    public void One_group_policy_tracks_the_larger_of_CPU_and_memory_reservation()
    {
        var configuration = Group($"{Cpu}, {Memory}, {Max}").Profile(null).Resources.Single().Policies.Single().Configuration;

        Assert.Null(configuration.CustomizedMetric);
        Assert.Equal(["cpu", "memory", "reservation"], configuration.MetricMath!.Select(q => q.Id));
        Assert.Equal(new MetricDimension("ClusterName", "prod"), Assert.Single(configuration.MetricMath![0].Metric!.Dimensions));
        Assert.Equal(("AWS/ECS", "CPUReservation", "Average", "Percent"), (configuration.MetricMath[0].Metric!.Namespace, configuration.MetricMath[0].Metric!.MetricName, configuration.MetricMath[0].Metric!.Statistic, configuration.MetricMath[0].Metric!.Unit));
        Assert.Equal(("MAX([cpu, memory])", "max reservation", true), (configuration.MetricMath[2].Expression, configuration.MetricMath[2].Label, configuration.MetricMath[2].ReturnData));
        Assert.Equal([false, false, true], configuration.MetricMath.Select(q => q.ReturnData));
    }

    [Fact]
    public void A_service_scales_on_backlog_per_task_with_a_percentile_statistic_allowed_in_metricStat()
    {
        var math = Service("""
            { "id": "m1", "metricStat": { "metric": { "namespace": "AWS/SQS", "metricName": "ApproximateNumberOfMessagesVisible" }, "stat": "p90" }, "returnData": false },
            { "id": "m2", "metricStat": { "metric": { "namespace": "ECS/ContainerInsights", "metricName": "RunningTaskCount" }, "stat": "Average" }, "returnData": false },
            { "id": "e1", "expression": "m1 / m2", "returnData": true }
            """).Profile(null).Resources.Single().Policies.Single().Configuration.MetricMath!;

        Assert.Equal("p90", math[0].Metric!.Statistic);
        Assert.Equal("m1 / m2", math[2].Expression);
    }

    [Theory]
    [InlineData("""{ "id": "Cpu", "expression": "1", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].id: an id of 1 to 64 letters, digits or '_' starting with a lowercase letter is required (got 'Cpu')")]
    [InlineData("""{ "id": "a-b", "expression": "1", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].id: an id of 1 to 64")]
    [InlineData("""{ "expression": "1", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].id: an id of 1 to 64 letters, digits or '_' starting with a lowercase letter is required (got nothing)")]
    [InlineData("""{ "id": "e", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0]: set exactly one of 'expression' or 'metricStat'")]
    [InlineData("""{ "id": "e", "expression": "1", "metricStat": { "metric": { "namespace": "n", "metricName": "m" }, "stat": "Sum" }, "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0]: set exactly one of 'expression' or 'metricStat'")]
    [InlineData("""{ "id": "m", "metricStat": { "metric": { "namespace": "n", "metricName": "m" }, "stat": "Avg" }, "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].metricStat.stat: expected one of Average, Minimum, Maximum, SampleCount, Sum or a percentile such as p90 (got 'Avg')")]
    [InlineData("""{ "id": "m", "metricStat": { "metric": { "namespace": "n" }, "stat": "Sum" }, "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].metricStat.metric.metricName: is required")]
    [InlineData("""{ "id": "m", "metricStat": { "stat": "Sum" }, "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].metricStat.metric: is required")]
    [InlineData("""{ "id": "m", "metricStat": { "metric": { "namespace": "n", "metricName": "m" }, "stat": "Sum", "period": 15 }, "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].metricStat.period: 15 is not a period EC2 Auto Scaling accepts; expected 10, 30 or 60 (seconds)")]
    [InlineData("""{ "id": "e", "expression": "MAX([cpu, mem])", "returnData": true }, { "id": "cpu", "expression": "1", "returnData": false }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].expression: 'mem' is not the id of another query in this policy")]
    [InlineData("""{ "id": "e", "expression": "e * 2", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0].expression: 'e' is not the id of another query in this policy")]
    [InlineData("""{ "id": "a", "expression": "1", "returnData": true }, { "id": "a", "expression": "2", "returnData": false }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[1].id: duplicate id 'a' (already used at autoScalingGroups[0].policies[0].customizedMetric.metrics[0])")]
    [InlineData("""{ "id": "a", "expression": "1", "returnData": true }, { "id": "b", "expression": "a", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics: exactly one query must have returnData true (the series the policy tracks); 2 do")]
    [InlineData("""{ "id": "a", "expression": "1" }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics: exactly one query must have returnData true (the series the policy tracks); 0 do")]
    [InlineData("", "autoScalingGroups[0].policies[0].customizedMetric.metrics: at least one query is required")]
    [InlineData("""null, { "id": "a", "expression": "1", "returnData": true }""", "autoScalingGroups[0].policies[0].customizedMetric.metrics[0]: a query cannot be null")]
    public void Each_bad_query_is_named_by_its_path(string metrics, string expected) =>
        Assert.StartsWith(expected, Error(() => Group(metrics)), StringComparison.Ordinal);

    [Fact]
    public void Metric_math_and_a_single_metric_cannot_be_mixed() =>
        Assert.Equal("autoScalingGroups[0].policies[0].customizedMetric: set either 'metrics' (metric math) or namespace/metricName/dimensions/statistic/unit/period, not both",
            Error(() => Group(Max.Replace("MAX([cpu, memory])", "1", StringComparison.Ordinal), "\"namespace\": \"AWS/ECS\",")));

    [Fact]
    public void Quoted_text_and_numbers_in_an_expression_are_not_taken_for_ids()
    {
        var math = Service("""
            { "id": "m1", "metricStat": { "metric": { "namespace": "n", "metricName": "m" }, "stat": "Sum" }, "returnData": false },
            { "id": "e1", "expression": "SEARCH('{AWS/ECS,ClusterName} cpu', 'Average', 60) + m1 * 1e3 + FILL(m1, 0)", "returnData": true }
            """).Profile(null).Resources.Single().Policies.Single().Configuration.MetricMath!;

        Assert.StartsWith("SEARCH('{AWS/ECS,ClusterName} cpu'", math[1].Expression, StringComparison.Ordinal);
        Assert.StartsWith("services[0].policies[0].customizedMetric.metrics[1].expression: 'cpu' is not the id",
            Error(() => Service("""{ "id": "m1", "expression": "1", "returnData": false }, { "id": "e1", "expression": "m1 + cpu", "returnData": true }""")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_on_a_service_policy_is_refused_because_Application_Auto_Scaling_has_none() =>
        Assert.StartsWith("services[0].policies[0].customizedMetric.metrics[0].metricStat.period: a metric period applies to Auto Scaling group policies only",
            Error(() => Service("""{ "id": "m", "metricStat": { "metric": { "namespace": "n", "metricName": "m" }, "stat": "Sum", "period": 10 }, "returnData": true }""")), StringComparison.Ordinal);

    [Fact]
    public void Ids_may_be_255_characters_for_Application_Auto_Scaling_but_64_for_EC2_Auto_Scaling()
    {
        var id = "m" + new string('x', 99);
        var query = $$"""{ "id": "{{id}}", "expression": "1", "returnData": true }""";

        Assert.Equal(id, Service(query).Profile(null).Resources.Single().Policies.Single().Configuration.MetricMath![0].Id);
        Assert.StartsWith("autoScalingGroups[0].policies[0].customizedMetric.metrics[0].id: an id of 1 to 64", Error(() => Group(query)), StringComparison.Ordinal);
    }
}

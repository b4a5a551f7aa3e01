using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;
using static EcsScaling.Aws.Tests.ApplicationAutoScaling.EcsServiceScalingTests;
using static EcsScaling.Aws.Tests.Ecs.EcsOperationsTests;

namespace EcsScaling.Aws.Tests.ApplicationAutoScaling;

/// <summary>
/// Target tracking configurations written as the former contracts wrote them (PascalCase, nulls left
/// out; DisableScaleIn always, as Core's flag always has a value) and metric math read back.
/// </summary>
public class ApplicationAutoScalingPolicyJsonTests
{
    private const string Prefix = """{"PolicyName":"cpu50","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount","PolicyType":"TargetTrackingScaling","TargetTrackingScalingPolicyConfiguration":""";

    [Fact]
    public async Task Target_tracking_configurations_match_what_the_former_contracts_wrote()
    {
        Assert.Equal(Prefix + """{"TargetValue":50,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"},"ScaleOutCooldown":60,"ScaleInCooldown":300,"DisableScaleIn":false}}""",
            await PutBody(new TargetTrackingConfiguration(50, "ECSServiceAverageCPUUtilization", null, null, 300, 60, false)));
        Assert.Equal(Prefix + """{"TargetValue":12.345,"CustomizedMetricSpecification":{"MetricName":"Depth","Namespace":"App/Queue","Dimensions":[{"Name":"Queue","Value":"jobs"}],"Statistic":"Average","Unit":"Count"},"DisableScaleIn":false}}""",
            await PutBody(new TargetTrackingConfiguration(12.345, null, null, new CustomizedMetric("App/Queue", "Depth", [new MetricDimension("Queue", "jobs")], "Average", "Count"), null, null, false)));
        Assert.Equal(Prefix + """{"TargetValue":1000,"PredefinedMetricSpecification":{"PredefinedMetricType":"ALBRequestCountPerTarget","ResourceLabel":"app/lb/1/targetgroup/tg/2"},"DisableScaleIn":true}}""",
            await PutBody(new TargetTrackingConfiguration(1000, "ALBRequestCountPerTarget", "app/lb/1/targetgroup/tg/2", null, null, null, true)));
        Assert.Equal(Prefix + """{"TargetValue":0.1,"CustomizedMetricSpecification":{"MetricName":"M","Namespace":"N","Dimensions":[],"Statistic":"Sum"},"DisableScaleIn":false}}""",
            await PutBody(new TargetTrackingConfiguration(0.1, null, null, new CustomizedMetric("N", "M", [], "Sum", null), null, null, false)));
    }

    [Fact]
    public async Task A_metric_math_specification_is_written_as_AWS_documents_it_without_a_period()
    {
        var backlog = new MetricQuery("m1", null, new CustomizedMetric("AWS/SQS", "ApproximateNumberOfMessagesVisible", [new MetricDimension("QueueName", "jobs")], "Sum", null, 10), "visible messages", false);
        var tasks = new MetricQuery("m2", null, new CustomizedMetric("ECS/ContainerInsights", "RunningTaskCount", [new MetricDimension("ClusterName", "prod"), new MetricDimension("ServiceName", "worker")], "Average", "Count"), null, false);
        var perTask = new MetricQuery("e1", "m1 / m2", null, "backlog per task", true);

        Assert.Equal(Prefix + """{"TargetValue":100,"CustomizedMetricSpecification":{"Metrics":[""" +
            """{"Id":"m1","Label":"visible messages","MetricStat":{"Metric":{"Dimensions":[{"Name":"QueueName","Value":"jobs"}],"MetricName":"ApproximateNumberOfMessagesVisible","Namespace":"AWS/SQS"},"Stat":"Sum"},"ReturnData":false},""" +
            """{"Id":"m2","MetricStat":{"Metric":{"Dimensions":[{"Name":"ClusterName","Value":"prod"},{"Name":"ServiceName","Value":"worker"}],"MetricName":"RunningTaskCount","Namespace":"ECS/ContainerInsights"},"Stat":"Average","Unit":"Count"},"ReturnData":false},""" +
            """{"Id":"e1","Expression":"m1 / m2","Label":"backlog per task","ReturnData":true}]},"DisableScaleIn":false}}""",
            await PutBody(new TargetTrackingConfiguration(100, null, null, null, null, null, false, [backlog, tasks, perTask])));
    }

    [Fact]
    public void A_metric_math_specification_reads_back_from_a_documented_answer()
    {
        var policy = Assert.Single(Read(Op.DescribeScalingPolicies, """
            {"ScalingPolicies":[{"PolicyName":"backlog","PolicyType":"TargetTrackingScaling","ResourceId":"service/prod/worker",
              "TargetTrackingScalingPolicyConfiguration":{"TargetValue":100.0,"CustomizedMetricSpecification":{"Metrics":[
                {"Id":"m1","Label":"visible","MetricStat":{"Metric":{"MetricName":"ApproximateNumberOfMessagesVisible","Namespace":"AWS/SQS","Dimensions":[{"Name":"QueueName","Value":"jobs"}]},"Stat":"Sum"},"ReturnData":false},
                {"Id":"e1","Expression":"m1 / 10","ReturnData":true}]}}}]}
            """).Items[0].TargetTracking);

        var configuration = policy.Configuration;
        Assert.Null(configuration.CustomizedMetric);
        Assert.Equal(2, configuration.MetricMath!.Count);
        var (first, second) = (configuration.MetricMath[0], configuration.MetricMath[1]);
        var stat = first.Metric!;
        Assert.Equal(("m1", "visible", false, "Sum", "AWS/SQS", "ApproximateNumberOfMessagesVisible"), (first.Id, first.Label, first.ReturnData, stat.Statistic, stat.Namespace, stat.MetricName));
        Assert.Equal(new MetricDimension("QueueName", "jobs"), Assert.Single(stat.Dimensions));
        Assert.Equal(("e1", "m1 / 10", true), (second.Id, second.Expression, second.ReturnData));
        Assert.Null(second.Metric);
    }

    [Fact]
    public void ReturnData_left_out_reads_as_true()
    {
        var policy = Assert.Single(Read(Op.DescribeScalingPolicies, """
            {"ScalingPolicies":[{"PolicyName":"p","PolicyType":"TargetTrackingScaling","ResourceId":"service/prod/worker",
              "TargetTrackingScalingPolicyConfiguration":{"TargetValue":1,"CustomizedMetricSpecification":{"Metrics":[{"Id":"e1","Expression":"1"}]}}}]}
            """).Items[0].TargetTracking);

        Assert.True(Assert.Single(policy.Configuration.MetricMath!).ReturnData);
    }
}

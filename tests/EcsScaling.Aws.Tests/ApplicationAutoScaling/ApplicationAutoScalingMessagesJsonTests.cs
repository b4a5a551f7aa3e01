using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Aws.Wire;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;
using static EcsScaling.Aws.Tests.Ecs.EcsMessagesJsonTests;

namespace EcsScaling.Aws.Tests.ApplicationAutoScaling;

/// <summary>Requests as the former contracts wrote them (PascalCase, nulls left out) and documented answers read back.</summary>
public class ApplicationAutoScalingMessagesJsonTests
{
    private const string Prefix = """{"PolicyName":"cpu50","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount","PolicyType":"TargetTrackingScaling","TargetTrackingScalingPolicyConfiguration":""";

    [Fact]
    public void Requests_match_what_the_former_contracts_wrote()
    {
        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount","MinCapacity":1,"MaxCapacity":10}""", Written(Op.RegisterScalableTarget, new RegisterScalableTargetRequest("ecs", "service/main/web", "ecs:service:DesiredCount", 1, 10)));
        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceIds":["service/main/web","service/main/api"],"ScalableDimension":"ecs:service:DesiredCount","NextToken":"tok"}""", Written(Op.DescribeScalableTargets, new DescribeScalableTargetsRequest("ecs", ["service/main/web", "service/main/api"], "ecs:service:DesiredCount", "tok")));
        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}""", Written(Op.DescribeScalingPolicies, new DescribeScalingPoliciesRequest("ecs", "service/main/web", "ecs:service:DesiredCount", null)));
        Assert.Equal("""{"PolicyName":"cpu50","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}""", Written(Op.DeleteScalingPolicy, new DeleteScalingPolicyRequest("cpu50", "ecs", "service/main/web", "ecs:service:DesiredCount")));
    }

    [Fact]
    public void Target_tracking_configurations_match_what_the_former_contracts_wrote()
    {
        Assert.Equal(Prefix + """{"TargetValue":50,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"},"ScaleOutCooldown":60,"ScaleInCooldown":300,"DisableScaleIn":false}}""",
            Put(new AasTargetTracking(50, new AasPredefinedMetric("ECSServiceAverageCPUUtilization", null), null, 60, 300, false)));
        Assert.Equal(Prefix + """{"TargetValue":12.345,"CustomizedMetricSpecification":{"MetricName":"Depth","Namespace":"App/Queue","Dimensions":[{"Name":"Queue","Value":"jobs"}],"Statistic":"Average","Unit":"Count"}}}""",
            Put(new AasTargetTracking(12.345, null, new AasCustomizedMetric("Depth", "App/Queue", [new AasDimension("Queue", "jobs")], "Average", "Count", null), null, null, null)));
        Assert.Equal(Prefix + """{"TargetValue":1000,"PredefinedMetricSpecification":{"PredefinedMetricType":"ALBRequestCountPerTarget","ResourceLabel":"app/lb/1/targetgroup/tg/2"},"DisableScaleIn":true}}""",
            Put(new AasTargetTracking(1000, new AasPredefinedMetric("ALBRequestCountPerTarget", "app/lb/1/targetgroup/tg/2"), null, null, null, true)));
        Assert.Equal(Prefix + """{"TargetValue":0.1,"CustomizedMetricSpecification":{"MetricName":"M","Namespace":"N","Statistic":"Sum"}}}""",
            Put(new AasTargetTracking(0.1, null, new AasCustomizedMetric("M", "N", null, "Sum", null, null), null, null, null)));
    }

    [Fact]
    public void A_metric_math_specification_is_written_as_AWS_documents_it()
    {
        var backlog = new AasMetricQuery("m1", null, "visible messages", new AasMetricStat(new AasMetric([new AasDimension("QueueName", "jobs")], "ApproximateNumberOfMessagesVisible", "AWS/SQS"), "Sum", null), false);
        var tasks = new AasMetricQuery("m2", null, null, new AasMetricStat(new AasMetric([new AasDimension("ClusterName", "prod"), new AasDimension("ServiceName", "worker")], "RunningTaskCount", "ECS/ContainerInsights"), "Average", "Count"), false);
        var perTask = new AasMetricQuery("e1", "m1 / m2", "backlog per task", null, true);

        Assert.Equal(Prefix + """{"TargetValue":100,"CustomizedMetricSpecification":{"Metrics":[""" +
            """{"Id":"m1","Label":"visible messages","MetricStat":{"Metric":{"Dimensions":[{"Name":"QueueName","Value":"jobs"}],"MetricName":"ApproximateNumberOfMessagesVisible","Namespace":"AWS/SQS"},"Stat":"Sum"},"ReturnData":false},""" +
            """{"Id":"m2","MetricStat":{"Metric":{"Dimensions":[{"Name":"ClusterName","Value":"prod"},{"Name":"ServiceName","Value":"worker"}],"MetricName":"RunningTaskCount","Namespace":"ECS/ContainerInsights"},"Stat":"Average","Unit":"Count"},"ReturnData":false},""" +
            """{"Id":"e1","Expression":"m1 / m2","Label":"backlog per task","ReturnData":true}]}}}""",
            Put(new AasTargetTracking(100, null, new AasCustomizedMetric(null, null, null, null, null, [backlog, tasks, perTask]), null, null, null)));
    }

    [Fact]
    public void A_metric_math_specification_reads_back_from_a_documented_answer()
    {
        var policy = Assert.Single(Read(Op.DescribeScalingPolicies, """
            {"ScalingPolicies":[{"PolicyName":"backlog","PolicyType":"TargetTrackingScaling","ResourceId":"service/prod/worker",
              "TargetTrackingScalingPolicyConfiguration":{"TargetValue":100.0,"CustomizedMetricSpecification":{"Metrics":[
                {"Id":"m1","Label":"visible","MetricStat":{"Metric":{"MetricName":"ApproximateNumberOfMessagesVisible","Namespace":"AWS/SQS","Dimensions":[{"Name":"QueueName","Value":"jobs"}]},"Stat":"Sum"},"ReturnData":false},
                {"Id":"e1","Expression":"m1 / 10","ReturnData":true}]}}}]}
            """).ScalingPolicies!);

        var custom = policy.TargetTrackingScalingPolicyConfiguration!.CustomizedMetricSpecification!;
        Assert.Null(custom.MetricName);
        Assert.Equal(2, custom.Metrics!.Count);
        var stat = custom.Metrics[0].MetricStat!;
        Assert.Equal(("m1", "visible", false, "Sum", "AWS/SQS", "ApproximateNumberOfMessagesVisible"), (custom.Metrics[0].Id, custom.Metrics[0].Label, custom.Metrics[0].ReturnData, stat.Stat, stat.Metric.Namespace, stat.Metric.MetricName));
        Assert.Equal(new AasDimension("QueueName", "jobs"), Assert.Single(stat.Metric.Dimensions!));
        Assert.Equal(("e1", "m1 / 10", true), (custom.Metrics[1].Id, custom.Metrics[1].Expression, custom.Metrics[1].ReturnData));
        Assert.Null(custom.Metrics[1].MetricStat);
    }

    [Fact]
    public void DescribeScalableTargets_reads_a_documented_answer()
    {
        var response = Read(Op.DescribeScalableTargets, """
            {"ScalableTargets":[{"CreationTime":1.462558906199E9,"MaxCapacity":10,"MinCapacity":1,"ResourceId":"service/default/web-app",
              "RoleARN":"arn:aws:iam::012345678910:role/ApplicationAutoscalingECSRole","ScalableDimension":"ecs:service:DesiredCount",
              "ServiceNamespace":"ecs","SuspendedState":{"DynamicScalingInSuspended":false}}],"NextToken":"n"}
            """);

        Assert.Equal(new AasScalableTarget("ecs", "service/default/web-app", "ecs:service:DesiredCount", 1, 10), Assert.Single(response.ScalableTargets!));
        Assert.Equal("n", response.NextToken);
    }

    [Fact]
    public void DescribeScalingPolicies_reads_a_documented_answer()
    {
        var response = Read(Op.DescribeScalingPolicies, """
            {"ScalingPolicies":[
              {"Alarms":[{"AlarmARN":"arn:aws:cloudwatch:us-east-1:012345678910:alarm:a","AlarmName":"a"}],"CreationTime":1.462561899235E9,
               "PolicyARN":"arn:aws:autoscaling:us-east-1:012345678910:scalingPolicy:p","PolicyName":"cpu50","PolicyType":"TargetTrackingScaling",
               "ResourceId":"service/default/web-app","ScalableDimension":"ecs:service:DesiredCount","ServiceNamespace":"ecs",
               "TargetTrackingScalingPolicyConfiguration":{"TargetValue":50.0,"ScaleInCooldown":300,"ScaleOutCooldown":60,"DisableScaleIn":false,
                 "PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"}}},
              {"PolicyName":"queue","PolicyType":"TargetTrackingScaling","ResourceId":"service/default/web-app",
               "TargetTrackingScalingPolicyConfiguration":{"TargetValue":12.5,
                 "CustomizedMetricSpecification":{"MetricName":"Depth","Namespace":"App/Queue","Dimensions":[{"Name":"Queue","Value":"jobs"}],"Statistic":"Average"}}},
              {"PolicyName":"steps","PolicyType":"StepScaling","ResourceId":"service/default/web-app","StepScalingPolicyConfiguration":{"AdjustmentType":"ChangeInCapacity"}}]}
            """);

        var (cpu, queue, steps) = (response.ScalingPolicies![0], response.ScalingPolicies[1], response.ScalingPolicies[2]);
        Assert.Equal(("cpu50", "service/default/web-app", "TargetTrackingScaling"), (cpu.PolicyName, cpu.ResourceId, cpu.PolicyType));
        Assert.Equal(new AasTargetTracking(50, new AasPredefinedMetric("ECSServiceAverageCPUUtilization", null), null, 60, 300, false), cpu.TargetTrackingScalingPolicyConfiguration);
        var custom = queue.TargetTrackingScalingPolicyConfiguration!.CustomizedMetricSpecification!;
        Assert.Equal(("Depth", "App/Queue", "Average", null), (custom.MetricName, custom.Namespace, custom.Statistic, custom.Unit));
        Assert.Equal(new AasDimension("Queue", "jobs"), Assert.Single(custom.Dimensions!));
        Assert.Null(queue.TargetTrackingScalingPolicyConfiguration.DisableScaleIn);
        Assert.Null(steps.TargetTrackingScalingPolicyConfiguration);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public void Missing_members_read_as_the_contracts_gave_and_wrong_kinds_are_malformed()
    {
        var policy = Assert.Single(Read(Op.DescribeScalingPolicies, """{"ScalingPolicies":[{"PolicyName":"p","TargetTrackingScalingPolicyConfiguration":{}}]}""").ScalingPolicies!);

        Assert.Equal(new AasTargetTracking(0, null, null, null, null, null), policy.TargetTrackingScalingPolicyConfiguration);
        Assert.Null(policy.ResourceId);
        Assert.NotNull(Read(Op.PutScalingPolicy, """{"PolicyARN":"arn:p","Alarms":[]}"""));
        Assert.Equal("$.ScalableTargets[0].MinCapacity", Assert.Throws<JsonMemberException>(() => Read(Op.DescribeScalableTargets, """{"ScalableTargets":[{"MinCapacity":"1"}]}""")).Path);
    }

    private static string Put(AasTargetTracking configuration) =>
        Written(Op.PutScalingPolicy, new PutScalingPolicyRequest("cpu50", "ecs", "service/main/web", "ecs:service:DesiredCount", "TargetTrackingScaling", configuration));
}

using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;
using static EcsScaling.Aws.Tests.Ecs.EcsOperationsTests;

namespace EcsScaling.Aws.Tests.ApplicationAutoScaling;

/// <summary>Documented Application Auto Scaling answers read into Core records.</summary>
public class ApplicationAutoScalingOperationsTests
{
    [Fact]
    public void DescribeScalableTargets_reads_a_documented_answer()
    {
        var response = Read(Op.DescribeScalableTargets, """
            {"ScalableTargets":[{"CreationTime":1.462558906199E9,"MaxCapacity":10,"MinCapacity":1,"ResourceId":"service/default/web-app",
              "RoleARN":"arn:aws:iam::012345678910:role/ApplicationAutoscalingECSRole","ScalableDimension":"ecs:service:DesiredCount",
              "ServiceNamespace":"ecs","SuspendedState":{"DynamicScalingInSuspended":false}}],"NextToken":"n"}
            """);

        Assert.Equal(new ScalableTarget(new ScalableResource(ScalableResourceKind.EcsService, "service/default/web-app"), 1, 10), Assert.Single(response.Items));
        Assert.Equal("n", response.NextToken);
    }

    [Fact]
    public void DescribeScalingPolicies_reads_a_documented_answer_keeping_target_tracking_policies_only()
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

        Assert.Equal(2, response.Items[0].TargetTracking.Count);
        var (cpu, queue) = (response.Items[0].TargetTracking[0], response.Items[0].TargetTracking[1]);
        Assert.Equal(("cpu50", "service/default/web-app", ScalableResourceKind.EcsService), (cpu.PolicyName, cpu.Resource.Id, cpu.Resource.Kind));
        Assert.Equal(new TargetTrackingConfiguration(50, "ECSServiceAverageCPUUtilization", null, null, 300, 60, false), cpu.Configuration);
        var custom = queue.Configuration.CustomizedMetric!;
        Assert.Equal(("Depth", "App/Queue", "Average", null), (custom.MetricName, custom.Namespace, custom.Statistic, custom.Unit));
        Assert.Equal(new MetricDimension("Queue", "jobs"), Assert.Single(custom.Dimensions));
        Assert.False(queue.Configuration.DisableScaleIn);
        Assert.DoesNotContain(response.Items[0].TargetTracking, p => p.PolicyName == "steps");
        Assert.Null(response.NextToken);
    }

    [Fact]
    public void Missing_members_read_as_the_contracts_gave_and_wrong_kinds_are_malformed()
    {
        var policy = Assert.Single(Read(Op.DescribeScalingPolicies, """{"ScalingPolicies":[{"PolicyName":"p","PolicyType":"TargetTrackingScaling","TargetTrackingScalingPolicyConfiguration":{}}]}""").Items[0].TargetTracking);

        Assert.Equal(new TargetTrackingConfiguration(0, null, null, null, null, null, false), policy.Configuration);
        Assert.Null(policy.Resource.Id);
        Assert.Empty(Read(Op.DescribeScalingPolicies, """{"ScalingPolicies":[{"PolicyName":"p","TargetTrackingScalingPolicyConfiguration":{}}]}""").Items[0].TargetTracking);
        Assert.Same(UnreadAnswer.Instance, Read(Op.PutScalingPolicy, """{"PolicyARN":"arn:p","Alarms":[]}"""));
        Assert.Equal("$.ScalableTargets[0].MinCapacity", Assert.Throws<JsonMemberException>(() => Read(Op.DescribeScalableTargets, """{"ScalableTargets":[{"MinCapacity":"1"}]}""")).Path);
    }
}

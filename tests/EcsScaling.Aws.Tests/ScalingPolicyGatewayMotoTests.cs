using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests;

/// <summary>Target tracking through Application Auto Scaling (ECS services) and EC2 Auto Scaling (groups), against moto.</summary>
[Collection(MotoCollection.Name)]
public class ScalingPolicyGatewayMotoTests(MotoServer moto)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ScalableResource Service = new(ScalableResourceKind.EcsService, "service/main/svc-01");
    private static readonly ScalableResource Group = new(ScalableResourceKind.AutoScalingGroup, MotoWorld.GroupName);

    /// <summary>Puts the policy, reads its resource's policies, deletes it and reads them again.</summary>
    private static async Task<(IReadOnlyList<TargetTrackingPolicy> Described, IReadOnlyList<TargetTrackingPolicy> AfterDelete)> PutReadAndDeleteAsync(IScalingPolicyGateway policies, TargetTrackingPolicy policy)
    {
        await policies.PutPolicyAsync(policy, None);
        var described = (await policies.DescribePoliciesAsync(policy.Resource, None)).TargetTracking;
        await policies.DeletePolicyAsync(policy.Resource, policy.PolicyName, None);
        return (described, (await policies.DescribePoliciesAsync(policy.Resource, None)).TargetTracking);
    }

    [SkippableFact]
    public async Task Registers_and_describes_scalable_targets_of_services_and_groups()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var policies = aws.Gateways.ScalingPolicies;

        await policies.RegisterScalableTargetAsync(new ScalableTarget(Service, 2, 8), None);
        var targets = await policies.DescribeScalableTargetsAsync([Service, Group], None);

        Assert.Equal(new ScalableTarget(Service, 2, 8), targets.Single(t => t.Resource.Kind == ScalableResourceKind.EcsService));
        Assert.Equal(new ScalableTarget(Group, 0, 6), targets.Single(t => t.Resource.Kind == ScalableResourceKind.AutoScalingGroup));
    }

    [SkippableFact]
    public async Task Puts_describes_and_deletes_a_service_policy()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var policies = aws.Gateways.ScalingPolicies;
        var resource = new ScalableResource(ScalableResourceKind.EcsService, "service/main/svc-02");
        await policies.RegisterScalableTargetAsync(new ScalableTarget(resource, 1, 4), None);
        var policy = new TargetTrackingPolicy(resource, "cpu-60", new TargetTrackingConfiguration(60, "ECSServiceAverageCPUUtilization", null, null, 300, 60, false));

        var (described, afterDelete) = await PutReadAndDeleteAsync(policies, policy);

        Assert.Equal(policy, Assert.Single(described));
        Assert.Empty(afterDelete);
    }

    [SkippableFact]
    public async Task Puts_describes_and_deletes_a_group_policy_on_a_customized_metric()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var policies = aws.Gateways.ScalingPolicies;
        var metric = new CustomizedMetric("AWS/ECS", "CPUReservation", [new MetricDimension("ClusterName", "main")], "Average", "Percent");
        var policy = new TargetTrackingPolicy(Group, "reservation-75", new TargetTrackingConfiguration(75, null, null, metric, null, null, true));

        var (described, afterDelete) = await PutReadAndDeleteAsync(policies, policy);

        var read = Assert.Single(described);
        Assert.Equal((policy.Resource, policy.PolicyName), (read.Resource, read.PolicyName));
        Assert.Equal(policy.Configuration with { CustomizedMetric = null }, read.Configuration with { CustomizedMetric = null });
        Assert.Equal(metric.Dimensions, read.Configuration.CustomizedMetric?.Dimensions);
        Assert.Equal((metric.Namespace, metric.MetricName, metric.Statistic, metric.Unit), (read.Configuration.CustomizedMetric?.Namespace, read.Configuration.CustomizedMetric?.MetricName, read.Configuration.CustomizedMetric?.Statistic, read.Configuration.CustomizedMetric?.Unit));
        Assert.Empty(afterDelete);
    }

    /// <summary>Backlog per task: the documented SQS example of target tracking with metric math.</summary>
    [SkippableFact]
    public async Task A_service_policy_on_metric_math_reads_back_as_it_was_put()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var policies = aws.Gateways.ScalingPolicies;
        var resource = new ScalableResource(ScalableResourceKind.EcsService, "service/main/svc-03");
        await policies.RegisterScalableTargetAsync(new ScalableTarget(resource, 1, 10), None);
        var policy = new TargetTrackingPolicy(resource, "backlog", new TargetTrackingConfiguration(100, null, null, null, 300, 60, false,
        [
            new MetricQuery("m1", null, new CustomizedMetric("AWS/SQS", "ApproximateNumberOfMessagesVisible", [new MetricDimension("QueueName", "jobs")], "Sum", null), "visible", false),
            new MetricQuery("m2", null, new CustomizedMetric("ECS/ContainerInsights", "RunningTaskCount", [new MetricDimension("ClusterName", "main"), new MetricDimension("ServiceName", "svc-03")], "Average", null), null, false),
            new MetricQuery("e1", "m1 / m2", null, "backlog per task", true),
        ]));

        await policies.PutPolicyAsync(policy, None);
        var read = Assert.Single((await policies.DescribePoliciesAsync(resource, None)).TargetTracking);

        Assert.Equal(policy.Configuration with { MetricMath = null }, read.Configuration with { MetricMath = null });
        Assert.Empty(Core.Policies.Reconcile.PolicyComparer.Differences(policy.Configuration, read.Configuration, ScalableResourceKind.EcsService));
    }

    /// <summary>One group policy on max(CPUReservation, MemoryReservation) at high resolution.</summary>
    [SkippableFact]
    public async Task A_group_policy_on_metric_math_reads_back_as_it_was_put()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var policies = aws.Gateways.ScalingPolicies;
        var cluster = new MetricDimension("ClusterName", "main");
        var policy = new TargetTrackingPolicy(Group, "reservation-max", new TargetTrackingConfiguration(75, null, null, null, null, null, false,
        [
            new MetricQuery("cpu", null, new CustomizedMetric("AWS/ECS", "CPUReservation", [cluster], "Average", "Percent", 30), null, false),
            new MetricQuery("memory", null, new CustomizedMetric("AWS/ECS", "MemoryReservation", [cluster], "Average", "Percent", 30), null, false),
            new MetricQuery("reservation", "MAX([cpu, memory])", null, "max reservation", true),
        ]));

        await policies.PutPolicyAsync(policy, None);
        var read = Assert.Single((await policies.DescribePoliciesAsync(Group, None)).TargetTracking);
        await policies.DeletePolicyAsync(Group, "reservation-max", None);

        Assert.Empty(Core.Policies.Reconcile.PolicyComparer.Differences(policy.Configuration, read.Configuration, ScalableResourceKind.AutoScalingGroup));
    }

    [SkippableFact]
    public async Task Deleting_a_missing_policy_is_a_ValidationException()
    {
        using var aws = MotoContext.Fresh(moto);
        var resource = new ScalableResource(ScalableResourceKind.EcsService, "service/nowhere/none");

        var error = await Assert.ThrowsAsync<AwsCallException>(() => aws.Gateways.ScalingPolicies.DeletePolicyAsync(resource, "p", None));

        Assert.Equal(("Application Auto Scaling", "DeleteScalingPolicy", 400), (error.Service, error.Operation, error.StatusCode));
        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Fact]
    public async Task Registering_a_group_as_scalable_target_is_refused_before_any_call()
    {
        var calls = new RecordingCaller();
        var gateway = AwsGatewayFactory.Create(calls).ScalingPolicies;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => gateway.RegisterScalableTargetAsync(new ScalableTarget(Group, 1, 2), None));

        Assert.Contains(MotoWorld.GroupName, error.Message, StringComparison.Ordinal);
        Assert.Empty(calls.Calls);
    }
}

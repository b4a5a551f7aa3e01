using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

public class FakeScalingPoliciesTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");
    private static readonly ScalableResource Group = new(ScalableResourceKind.AutoScalingGroup, "prod-asg");
    private static readonly TargetTrackingConfiguration Cpu = new(100.0 / 3, "ECSServiceAverageCPUUtilization", null, null, null, 60, false);

    [Fact]
    public async Task A_service_policy_needs_a_registered_target_as_in_AWS()
    {
        var aws = new FakeScalingPolicies();

        var error = await Assert.ThrowsAsync<AwsCallException>(() => aws.PutPolicyAsync(new TargetTrackingPolicy(Web, "p", Cpu), default));

        Assert.Equal("ObjectNotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task Stored_policies_come_back_with_the_values_AWS_fills_in()
    {
        var aws = new FakeScalingPolicies();
        await aws.RegisterScalableTargetAsync(new ScalableTarget(Web, 1, 4), default);
        var metric = new CustomizedMetric("AWS/ECS", "CPUReservation", [new("A", "1"), new("B", "2")], "Average", null);

        await aws.PutPolicyAsync(new TargetTrackingPolicy(Web, "p", Cpu), default);
        await aws.PutPolicyAsync(new TargetTrackingPolicy(Group, "g", Cpu with { PredefinedMetricType = null, CustomizedMetric = metric }), default);

        var service = ((await aws.DescribePoliciesAsync(Web, default)).TargetTracking).Single().Configuration;
        var group = ((await aws.DescribePoliciesAsync(Group, default)).TargetTracking).Single().Configuration;
        Assert.Equal((300, 60, 33.3333333333333), (service.ScaleInCooldownSeconds, service.ScaleOutCooldownSeconds, service.TargetValue));
        Assert.Equal((null, null), (group.ScaleInCooldownSeconds, group.ScaleOutCooldownSeconds));
        Assert.Equal(["B", "A"], group.CustomizedMetric!.Dimensions.Select(d => d.Name));
        Assert.Equal(3, aws.Calls.Mutating);
    }

    [Fact]
    public async Task Group_sizes_are_read_only_and_bad_capacities_are_refused()
    {
        var aws = new FakeScalingPolicies();
        aws.AddGroup("prod-asg", 1, 10);

        Assert.Equal("ValidationException", (await Assert.ThrowsAsync<AwsCallException>(() => aws.RegisterScalableTargetAsync(new ScalableTarget(Group, 2, 10), default))).ErrorCode);
        Assert.Equal("ValidationException", (await Assert.ThrowsAsync<AwsCallException>(() => aws.RegisterScalableTargetAsync(new ScalableTarget(Web, 5, 2), default))).ErrorCode);
        Assert.Equal([new ScalableTarget(Group, 1, 10)], await aws.DescribeScalableTargetsAsync([Group, Web], default));
    }

    [Fact]
    public async Task Deleting_a_missing_policy_is_ObjectNotFound()
    {
        var aws = new FakeScalingPolicies();

        var error = await Assert.ThrowsAsync<AwsCallException>(() => aws.DeletePolicyAsync(Web, "nope", default));

        Assert.Equal(("DeleteScalingPolicy", "ObjectNotFoundException"), (error.Operation, error.ErrorCode));
    }
}

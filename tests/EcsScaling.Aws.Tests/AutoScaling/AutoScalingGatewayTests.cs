using EcsScaling.Aws.AutoScaling;
using Op = EcsScaling.Aws.AutoScaling.AutoScalingOperations;

namespace EcsScaling.Aws.Tests.AutoScaling;

public class AutoScalingGatewayTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task DescribeGroups_follows_NextToken()
    {
        var aws = new RecordingCaller().Respond(Op.DescribeAutoScalingGroups, p =>
            p.Entries.Any(e => e.Key == "NextToken")
                ? "<AutoScalingGroups><member><AutoScalingGroupName>b</AutoScalingGroupName></member></AutoScalingGroups>"
                : "<AutoScalingGroups><member><AutoScalingGroupName>a</AutoScalingGroupName><Instances><member><InstanceId>i-1</InstanceId><LifecycleState>Terminating:Wait</LifecycleState><ProtectedFromScaleIn>true</ProtectedFromScaleIn></member></Instances></member></AutoScalingGroups><NextToken>t2</NextToken>");

        var groups = await new AutoScalingGateway(aws).DescribeGroupsAsync(["a", "b"], None);

        Assert.Equal(["a", "b"], groups.Select(g => g.Name));
        var instance = Assert.Single(groups[0].Instances);
        Assert.Equal(("i-1", "a", "Terminating:Wait", true), (instance.InstanceId, instance.GroupName, instance.LifecycleState, instance.ProtectedFromScaleIn));
        Assert.Equal("t2", aws.RequestsOf(Op.DescribeAutoScalingGroups).Last().Entries.Single(e => e.Key == "NextToken").Value);
    }

    [Theory]
    [InlineData("<InstanceLifecyclePolicy><RetentionTriggers><TerminateHookAbandon>retain</TerminateHookAbandon></RetentionTriggers></InstanceLifecyclePolicy>", true)]
    [InlineData("<InstanceLifecyclePolicy><RetentionTriggers><TerminateHookAbandon>terminate</TerminateHookAbandon></RetentionTriggers></InstanceLifecyclePolicy>", false)]
    [InlineData("<InstanceLifecyclePolicy><RetentionTriggers/></InstanceLifecyclePolicy>", false)]
    [InlineData("", false)]
    public async Task DescribeGroups_reads_whether_the_instance_lifecycle_policy_retains_abandoned_instances(string policy, bool retains)
    {
        var aws = new RecordingCaller().Respond(Op.DescribeAutoScalingGroups, _ =>
            $"<AutoScalingGroups><member><AutoScalingGroupName>a</AutoScalingGroupName>{policy}<CapacityRebalance>true</CapacityRebalance></member></AutoScalingGroups>");

        var group = Assert.Single(await new AutoScalingGateway(aws).DescribeGroupsAsync(["a"], None));

        Assert.Equal(retains, group.RetainsAbandonedInstances);
        Assert.True(group.CapacityRebalance);
    }

    [Fact]
    public async Task SetInstanceProtection_splits_at_50_instances()
    {
        var aws = new RecordingCaller();
        var ids = Enumerable.Range(0, 120).Select(i => $"i-{i}").ToList();

        await new AutoScalingGateway(aws).SetInstanceProtectionAsync("g", ids, protectedFromScaleIn: false, None);

        var requests = aws.RequestsOf(Op.SetInstanceProtection).ToList();
        Assert.Equal([50, 50, 20], requests.Select(p => p.Entries.Count(e => e.Key.StartsWith("InstanceIds.member.", StringComparison.Ordinal))));
        Assert.All(requests, p => Assert.Contains(new KeyValuePair<string, string>("ProtectedFromScaleIn", "false"), p.Entries));
    }

    [Fact]
    public async Task SetDesiredCapacity_does_not_honour_cooldowns()
    {
        var aws = new RecordingCaller();

        await new AutoScalingGateway(aws).SetDesiredCapacityAsync("g", 7, None);

        var request = Assert.Single(aws.RequestsOf(Op.SetDesiredCapacity));
        Assert.Equal([new("AutoScalingGroupName", "g"), new("DesiredCapacity", "7"), new KeyValuePair<string, string>("HonorCooldown", "false")], request.Entries);
    }
}

using EcsScaling.Aws.LoadBalancing;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.LoadBalancing.LoadBalancingOperations;

namespace EcsScaling.Aws.Tests.LoadBalancing;

public class LoadBalancingGatewayTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task DescribeTargetGroups_sends_at_most_20_ARNs_per_call()
    {
        var aws = new RecordingCaller();
        var arns = Enumerable.Range(0, 45).Select(i => $"arn:tg/{i}").ToList();

        await new LoadBalancingGateway(aws).DescribeTargetGroupsAsync(arns, None);

        Assert.Equal([20, 20, 5], aws.RequestsOf(Op.DescribeTargetGroups).Select(p => p.Entries.Count(e => e.Key.StartsWith("TargetGroupArns.member.", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Deregistering_nothing_sends_nothing_and_ports_are_sent_per_target()
    {
        var aws = new RecordingCaller();
        var gateway = new LoadBalancingGateway(aws);

        await gateway.DeregisterTargetsAsync("arn:tg", [], None);
        await gateway.DeregisterTargetsAsync("arn:tg", [new TargetRef("10.0.0.1", 8080), new TargetRef("i-1", null)], None);

        var sent = Assert.Single(aws.RequestsOf(Op.DeregisterTargets)).Entries;
        Assert.Equal(
            [new("TargetGroupArn", "arn:tg"), new("Targets.member.1.Id", "10.0.0.1"), new("Targets.member.1.Port", "8080"), new("Targets.member.2.Id", "i-1")],
            sent);
    }
}

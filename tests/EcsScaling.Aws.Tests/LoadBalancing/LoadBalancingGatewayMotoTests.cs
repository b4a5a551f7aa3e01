using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests.LoadBalancing;

[Collection(MotoCollection.Name)]
public class LoadBalancingGatewayMotoTests(MotoServer moto)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task Describes_a_target_groups_targets()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var elb = aws.Gateways.LoadBalancing;

        var health = await elb.DescribeTargetHealthAsync(aws.World.TargetGroupArn, None);

        Assert.Equal(aws.World.InstanceIds.Take(2), health.Select(h => h.Target.Id).Order());
        Assert.All(health, h => Assert.Equal(8080, h.Target.Port));
        Assert.All(health, h => Assert.False(string.IsNullOrEmpty(h.State)));
    }

    [SkippableFact]
    public async Task Unknown_target_group_surfaces_its_error_code()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var missing = aws.World.TargetGroupArn[..aws.World.TargetGroupArn.LastIndexOf('/')] + "/0000000000000000";

        var error = await Assert.ThrowsAsync<AwsCallException>(() => aws.Gateways.LoadBalancing.DescribeTargetHealthAsync(missing, None));

        Assert.Equal(("Elastic Load Balancing v2", "DescribeTargetHealth", "TargetGroupNotFound"), (error.Service, error.Operation, error.ErrorCode));
    }
}

using EcsScaling.Core.Gateways;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Functions.Tests.Deployment;

public class RecordingGatewaysTests
{
    [Fact]
    public async Task Records_the_catalog_key_and_forwards_to_the_inner_gateway()
    {
        var ecs = new FakeEcs();
        var recording = new RecordingGateways(new GatewaySet(ecs, new FakeAutoScaling(), new FakeLoadBalancing(), new FakeScalingPolicies(), new FakeCloudWatch()));

        await recording.Gateways.Ecs.ListServiceArnsAsync("prod", CancellationToken.None);

        Assert.Equal(["IEcsGateway.ListServiceArnsAsync"], recording.Methods);
        Assert.Equal(1, ecs.Calls["ListServices"]);
    }

    [Fact]
    public async Task Failures_of_the_inner_gateway_surface_unwrapped()
    {
        var ecs = new FakeEcs();
        ecs.Calls.FailNext("ListServices", new AwsCallException("ecs", "ListServices", "ThrottlingException", "slow down", null, 400));
        var recording = new RecordingGateways(new GatewaySet(ecs, new FakeAutoScaling(), new FakeLoadBalancing(), new FakeScalingPolicies(), new FakeCloudWatch()));

        await Assert.ThrowsAsync<AwsCallException>(() => recording.Gateways.Ecs.ListServiceArnsAsync("prod", CancellationToken.None));
    }
}

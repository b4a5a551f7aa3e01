using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Tests.Gateways;

public class SimScalingPolicyGatewayTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");

    private static TargetTrackingPolicy Policy(double target) =>
        new(Web, "cpu50", new TargetTrackingConfiguration(target, "ECSServiceAverageCPUUtilization", null, null, 300, 300, false));

    [Fact]
    public void PutPolicy_needs_a_registered_target_and_then_replaces_by_name()
    {
        var sim = TestSim.Create();
        var gateway = sim.Gateways.ScalingPolicies;

        var error = Assert.Throws<AwsCallException>(() => sim.Run(() => gateway.PutPolicyAsync(Policy(50), CancellationToken.None)));
        Assert.Equal("ObjectNotFoundException", error.ErrorCode);

        sim.Run(() => gateway.RegisterScalableTargetAsync(new ScalableTarget(Web, 2, 10), CancellationToken.None));
        sim.Run(() => gateway.PutPolicyAsync(Policy(50), CancellationToken.None));
        sim.Run(() => gateway.PutPolicyAsync(Policy(60), CancellationToken.None));

        var policy = Assert.Single(sim.Run(() => gateway.DescribePoliciesAsync(Web, CancellationToken.None)).TargetTracking);
        Assert.Equal(60, policy.Configuration.TargetValue);
    }
}

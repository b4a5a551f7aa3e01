using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Gateways;

public class SimLoadBalancingGatewayTests
{
    [Fact]
    public void A_deregistered_target_reads_back_through_the_gateway_as_draining_with_its_reason()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 1);
        var group = sim.LoadBalancing.CreateTargetGroup("web");
        TestSim.Service(sim, cluster, "web", 3, new ServiceSpec { TargetGroupArns = [group.Arn] });
        TestSim.Settle(sim);
        var gateway = sim.Gateways.LoadBalancing;
        var target = group.Targets.Keys.First();

        sim.LoadBalancing.Deregister(group, target);
        var health = sim.Run(() => gateway.DescribeTargetHealthAsync(group.Arn, CancellationToken.None));

        var draining = Assert.Single(health, h => h.State == TargetState.Draining);
        Assert.Equal(target, draining.Target);
        Assert.Equal("Target.DeregistrationInProgress", draining.Reason);
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling.TargetTracking;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.AutoScaling.TargetTracking;

/// <summary>Application Auto Scaling on an ECS service, acting on the policies the policy gateway stores.</summary>
public class ServiceScalerTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");
    private static readonly MetricDimension[] Dimensions = [new("ClusterName", "prod"), new("ServiceName", "web")];

    private readonly Simulator _sim = TestSim.Create();
    private readonly ServiceScaler _scaler;
    private readonly SimService _service;
    private readonly SimService _filler;

    public ServiceScalerTests()
    {
        var (cluster, _) = TestSim.Cluster(_sim, perZone: 1);
        _service = TestSim.Service(_sim, cluster, "web", desired: 6);
        _filler = TestSim.Service(_sim, cluster, "filler", desired: 6);
        _scaler = new ServiceScaler(_sim.Ecs, _sim.ScalingPolicies, _sim.CloudWatch, _sim.Clock, _sim.AutoScaling.Activities);
        var policy = new TargetTrackingPolicy(Web, "cpu", new TargetTrackingConfiguration(50, "ECSServiceAverageCPUUtilization", null, null, 60, 60, false));
        _sim.Run(async () =>
        {
            await _sim.ScalingPolicies.RegisterScalableTargetAsync(new ScalableTarget(Web, 1, 10), CancellationToken.None);
            await _sim.ScalingPolicies.PutPolicyAsync(policy, CancellationToken.None);
        });
        TestSim.Settle(_sim);
    }

    private void Minutes(int count, double cpu)
    {
        for (var i = 0; i < count; i++)
        {
            _sim.Clock.Advance(TimeSpan.FromMinutes(1));
            _sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUUtilization", cpu, "Percent", Dimensions, _sim.Clock.GetUtcNow())]);
            _scaler.Evaluate();
        }
    }

    [Fact]
    public void The_stored_policy_sets_the_desired_count()
    {
        Minutes(3, 100);
        Assert.Equal(10, _service.DesiredCount); // ceil(6 × 100 / 50) = 12, capped at the target's maximum
        Assert.Contains(_sim.AutoScaling.Activities, a => a.Message.StartsWith("service web: target tracking scale out 6 → 10", StringComparison.Ordinal));
    }

    [Fact]
    public void No_scale_in_while_a_deployment_is_in_progress()
    {
        // The cluster is full, so the new deployment's tasks cannot start and the old ones may not stop (100/200).
        _sim.Ecs.UpdateService(_service, forceNewDeployment: true);
        Minutes(15, 10);
        Assert.True(_service.HasOldDeployment);
        Assert.Equal(6, _service.DesiredCount);

        _sim.Ecs.UpdateService(_filler, 0);
        TestSim.Settle(_sim, 600);
        Assert.False(_service.HasOldDeployment);
        Minutes(1, 10);
        Assert.Equal(2, _service.DesiredCount); // ceil(6 × 10 / 50)
    }
}

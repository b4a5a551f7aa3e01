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

    [Fact]
    public void A_predictive_policy_is_stored_for_a_registered_service_and_shares_the_name_space_with_target_tracking()
    {
        var sim = TestSim.Create();
        var gateway = sim.Gateways.ScalingPolicies;
        var group = new ScalableResource(ScalableResourceKind.AutoScalingGroup, "prod-asg");
        var forecast = new PredictivePolicy(Web, "cpu50", Configuration);

        var unregistered = Assert.Throws<AwsCallException>(() => sim.Run(() => gateway.PutPredictivePolicyAsync(forecast, CancellationToken.None)));
        var onGroup = Assert.Throws<AwsCallException>(() => sim.Run(() => gateway.PutPredictivePolicyAsync(forecast with { Resource = group }, CancellationToken.None)));
        sim.Run(() => gateway.RegisterScalableTargetAsync(new ScalableTarget(Web, 2, 10), CancellationToken.None));
        sim.Run(() => gateway.PutPolicyAsync(Policy(50), CancellationToken.None));
        sim.Run(() => gateway.PutPredictivePolicyAsync(forecast, CancellationToken.None));
        var described = sim.Run(() => gateway.DescribePoliciesAsync(Web, CancellationToken.None));
        sim.Run(() => gateway.DeletePolicyAsync(Web, "cpu50", CancellationToken.None));

        Assert.Equal(("ObjectNotFoundException", "ValidationException"), (unregistered.ErrorCode, onGroup.ErrorCode));
        Assert.Empty(described.TargetTracking);
        Assert.Equal(forecast, Assert.Single(described.Predictive));
        Assert.Empty(sim.ScalingPolicies.PredictivePolicies);
    }

    [Fact]
    public void The_forecast_answers_nothing_before_24_hours_of_history_then_hourly_capacity()
    {
        var sim = TestSim.Create();
        var gateway = sim.Gateways.ScalingPolicies;
        var start = sim.Clock.GetUtcNow();
        sim.Run(() => gateway.RegisterScalableTargetAsync(new ScalableTarget(Web, 1, 10), CancellationToken.None));
        sim.Run(() => gateway.PutPredictivePolicyAsync(new PredictivePolicy(Web, "forecast", Configuration), CancellationToken.None));
        sim.ScalingPolicies.RecordCapacity(Web, start, 4);
        sim.Clock.RunUntil(start.AddHours(23));
        Datapoints(sim, start, start.AddHours(23));
        CapacityForecast Ask() => sim.Run(() => gateway.GetCapacityForecastAsync(Web, "forecast", sim.Clock.GetUtcNow(), sim.Clock.GetUtcNow().AddHours(3), CancellationToken.None));

        var early = Ask();
        sim.Clock.RunUntil(start.AddHours(25));
        Datapoints(sim, start.AddHours(23).AddMinutes(1), start.AddHours(25));
        var later = Ask();
        var missing = Assert.Throws<AwsCallException>(() => sim.Run(() => gateway.GetCapacityForecastAsync(Web, "other", start, start.AddHours(1), CancellationToken.None)));

        Assert.Empty(early.Points);
        Assert.Equal([3.0, 3, 3], later.Points.Select(p => p.Value));
        Assert.Equal("ObjectNotFoundException", missing.ErrorCode);
    }

    private static readonly PredictiveScalingConfiguration Configuration = new(60, "ECSServiceCPUUtilization", null, null, null, null, null, null, null);

    /// <summary>45 % CPU on the service every minute: 4 tasks at target 60 would be 3.</summary>
    private static void Datapoints(Simulator sim, DateTimeOffset from, DateTimeOffset until)
    {
        for (var at = from; at <= until; at = at.AddMinutes(1))
        {
            sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUUtilization", 45, "Percent", [new("ClusterName", "prod"), new("ServiceName", "web")], at)]);
        }
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling.Predictive;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Tests.AutoScaling.Predictive;

public class CapacityForecasterTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");
    private static readonly ScalableTarget Target = new(Web, 2, 5);

    [Theory]
    [InlineData(23.9, 0)]
    [InlineData(24, 6)]
    public void No_forecast_until_the_service_has_24_hours_of_metric_history(double hours, int points)
    {
        var sim = TestSim.Create();
        var now = sim.Clock.GetUtcNow();
        Utilisation(sim, now - TimeSpan.FromHours(hours), now, _ => 50);

        var forecast = CapacityForecaster.Forecast(Policy(MaxCapacityBreachBehavior.HonorMaxCapacity), Target, sim.CloudWatch, [(now.AddDays(-2), 4)], now, now.AddHours(6), now);

        Assert.Equal(points, forecast.Points.Count);
        Assert.Equal(points == 0 ? null : now, forecast.UpdatedAt);
    }

    [Fact]
    public void Each_hour_is_what_would_have_held_the_same_hour_yesterday_at_the_target_within_min_and_max()
    {
        var sim = TestSim.Create();
        var now = sim.Clock.GetUtcNow();
        var busyHour = now.AddHours(2);
        Utilisation(sim, now.AddHours(-25), now, at => at >= busyHour.AddDays(-1) && at < busyHour.AddDays(-1).AddHours(1) ? 90 : at >= now.AddHours(-24).AddHours(1) && at < now.AddHours(-24).AddHours(2) ? 120 : 30);
        var history = new List<(DateTimeOffset, int)> { (now.AddHours(-30), 4) };

        var honoured = CapacityForecaster.Forecast(Policy(MaxCapacityBreachBehavior.HonorMaxCapacity), Target, sim.CloudWatch, history, now, now.AddHours(4), now);
        var raised = CapacityForecaster.Forecast(Policy(MaxCapacityBreachBehavior.IncreaseMaxCapacity), Target, sim.CloudWatch, history, now, now.AddHours(4), now);

        // 30 % on 4 tasks at target 60 wants 2 (the minimum), 120 % wants 8 (over the maximum 5), 90 % wants 6.
        Assert.Equal([now, now.AddHours(1), now.AddHours(2), now.AddHours(3)], honoured.Points.Select(p => p.At));
        Assert.Equal([2.0, 5, 5, 2], honoured.Points.Select(p => p.Value));
        Assert.Equal([2.0, 8, 6, 2], raised.Points.Select(p => p.Value));
    }

    [Fact]
    public void The_ALB_request_metrics_are_not_modelled_and_give_no_forecast()
    {
        var sim = TestSim.Create();
        var now = sim.Clock.GetUtcNow();
        Utilisation(sim, now.AddDays(-2), now, _ => 50);
        var policy = new PredictivePolicy(Web, "forecast", new(1000, "ALBRequestCount", null, null, "app/a/1/targetgroup/t/2", null, null, null, null));

        Assert.Empty(CapacityForecaster.Forecast(policy, Target, sim.CloudWatch, [(now.AddDays(-2), 4)], now, now.AddHours(6), now).Points);
    }

    private static PredictivePolicy Policy(MaxCapacityBreachBehavior breach) =>
        new(Web, "forecast", new(60, "ECSServiceCPUUtilization", null, null, null, PredictiveScalingMode.ForecastOnly, null, breach, breach == MaxCapacityBreachBehavior.IncreaseMaxCapacity ? 10 : null));

    /// <summary>The service's AWS/ECS CPUUtilization every ten minutes from <paramref name="from"/> up to <paramref name="until"/>.</summary>
    private static void Utilisation(Simulator sim, DateTimeOffset from, DateTimeOffset until, Func<DateTimeOffset, double> value)
    {
        for (var at = from; at <= until; at = at.AddMinutes(10))
        {
            sim.CloudWatch.PutMetricData(EcsMetrics.Namespace, [new MetricDatum("CPUUtilization", value(at), "Percent", [new("ClusterName", "prod"), new("ServiceName", "web")], at)]);
        }
    }
}

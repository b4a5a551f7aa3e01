using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Policies;

/// <summary>A predictive policy through the coordinator: applied like the others, and its forecast in the drift reports only.</summary>
public class PolicyCoordinatorForecastTests
{
    private const string Document = """
        {
          "services": [ { "cluster": "prod", "service": "web", "minCapacity": 2, "maxCapacity": 20,
            "policies": [
              { "name": "cpu", "metric": "ECSServiceAverageCPUUtilization", "targetValue": 60 },
              { "name": "forecast", "targetValue": 60, "predictive": { "metricPair": "ECSServiceCPUUtilization" } } ] } ],
          "profiles": { "surge": { "services": [ { "cluster": "prod", "service": "web",
            "policies": [ { "name": "forecast", "predictive": { "mode": "ForecastAndScale" } } ] } ] } }
        }
        """;

    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");

    [Fact]
    public async Task Applying_creates_the_predictive_policy_and_the_next_diff_shows_its_forecast_against_the_desired_count()
    {
        var h = new PolicyHarness(Document);
        h.Ecs.AddService(Build.Service("web", desired: 5));
        var coordinator = h.Coordinator();

        var applied = await coordinator.ApplyAsync(null, dryRun: false, default);
        var now = h.Time.GetUtcNow();
        h.Policies.Forecasts["ecs-scaling-forecast"] = new CapacityForecast([new(now, 7), new(now.AddHours(1), 9)], now);
        var diff = await coordinator.DiffAsync(null, default);

        Assert.Contains(applied.Changes, c => (c.Subject, c.Action, c.Name) == (DriftSubject.PredictivePolicy, DriftAction.Create, "ecs-scaling-forecast"));
        Assert.Null(applied.Forecasts);
        Assert.Equal(PredictiveScalingMode.ForecastOnly, h.Policies.Predictive[Web]["ecs-scaling-forecast"].Configuration.Mode);
        Assert.Equal(PolicyOutcome.NoChange, diff.Outcome);
        var forecast = Assert.Single(diff.Forecasts!);
        Assert.Equal(5, forecast.DesiredCount);
        Assert.Equal([7.0, 9.0], forecast.Capacity.Select(p => p.Value));
    }

    [Fact]
    public async Task A_report_tick_carries_the_forecast_and_a_profile_switching_to_ForecastAndScale_updates_the_mode()
    {
        var h = new PolicyHarness(Document, mode: PolicyMode.Report);
        h.Ecs.AddService(Build.Service("web", desired: 5));
        var coordinator = h.Coordinator();
        await coordinator.ApplyAsync(null, dryRun: false, default);

        var tick = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);
        var surge = await coordinator.ApplyAsync("surge", dryRun: false, default);
        var surgeDiff = await coordinator.DiffAsync("surge", default);

        Assert.Equal("no forecast yet: AWS forecasts once it has 24 hours of metric history", Assert.Single(tick.Forecasts!).Note);
        var update = Assert.Single(surge.Changes);
        Assert.Equal((DriftSubject.PredictivePolicy, DriftAction.Update), (update.Subject, update.Action));
        Assert.Equal(new FieldDifference("mode", "ForecastAndScale", "ForecastOnly"), Assert.Single(update.Differences));
        Assert.Null(surgeDiff.Forecasts);
    }
}

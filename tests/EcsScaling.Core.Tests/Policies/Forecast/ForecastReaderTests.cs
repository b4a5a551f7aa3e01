using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Forecast;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Core.Tests.Policies.Forecast;

public class ForecastReaderTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 20, 0, TimeSpan.Zero);
    private readonly FakeEcs _ecs = new();
    private readonly FakeScalingPolicies _policies = new();
    private readonly CapturingTelemetry _telemetry = new();

    [Fact]
    public async Task A_forecast_only_policy_shows_the_next_hours_beside_the_desired_count()
    {
        _ecs.AddService(Build.Service("web", desired: 4));
        var hours = Enumerable.Range(-2, 10).Select(h => new ForecastPoint(Now.AddMinutes(-20).AddHours(h), 4 + h)).ToList();
        _policies.Forecasts["ecs-scaling-forecast"] = new CapacityForecast(hours, Now.AddHours(-1));

        var comparison = Assert.Single(await Reader().ReadAsync(Profile("ForecastOnly"), [], default));

        Assert.Equal(("service/prod/web", "ecs-scaling-forecast", 4, (string?)null), (comparison.ResourceId, comparison.PolicyName, comparison.DesiredCount, comparison.Note));
        Assert.Equal(ForecastReader.Points, comparison.Capacity.Count);
        Assert.Equal(new ForecastPoint(Now.AddMinutes(-20), 4), comparison.Capacity[0]);
        Assert.Equal(Now.AddHours(-1), comparison.UpdatedAt);
    }

    [Fact]
    public async Task No_forecast_yet_is_said_and_a_failed_read_is_a_note_not_a_failure()
    {
        _ecs.AddService(Build.Service("web", desired: 4));
        var empty = Assert.Single(await Reader().ReadAsync(Profile("ForecastOnly"), [], default));
        _policies.Calls.FailNext("GetPredictiveScalingForecast", new AwsCallException("application-autoscaling", "GetPredictiveScalingForecast", "AccessDeniedException", "no", "r-1", 400));

        var failed = Assert.Single(await Reader().ReadAsync(Profile("ForecastOnly"), [], default));

        Assert.StartsWith("no forecast yet: AWS forecasts once it has 24 hours of metric history", empty.Note, StringComparison.Ordinal);
        Assert.Equal(("forecast not read: AccessDeniedException", 4), (failed.Note, failed.DesiredCount));
        Assert.Contains(_telemetry.Logs, l => l.Message == "capacity forecast not read");
    }

    [Fact]
    public async Task Forecast_and_scale_policies_and_policies_still_to_be_created_are_not_read()
    {
        var creating = new PutPredictivePolicyChange(new DriftItem(ScalableResourceKind.EcsService, Web.Id, DriftSubject.PredictivePolicy, "ecs-scaling-forecast", DriftAction.Create, []),
            new PredictivePolicy(Web, "ecs-scaling-forecast", Profile("ForecastOnly").Resources[0].PredictivePolicies[0].Configuration));

        Assert.Empty(await Reader().ReadAsync(Profile("ForecastAndScale"), [], default));
        Assert.Empty(await Reader().ReadAsync(Profile("ForecastOnly"), [creating], default));
        Assert.Equal(0, _policies.Calls["GetPredictiveScalingForecast"] + _ecs.Calls["DescribeServices"]);
    }

    private ForecastReader Reader() => new(new GatewaySet(_ecs, null!, null!, _policies, null!), new FakeTimeProvider(Now), _telemetry, "ecs-scaling-");

    private static ResolvedProfile Profile(string mode) => PolicyDocument.Load($$"""
        { "services": [ { "cluster": "prod", "service": "web", "minCapacity": 2, "maxCapacity": 20,
          "policies": [ { "name": "forecast", "targetValue": 60, "predictive": { "metricPair": "ECSServiceCPUUtilization", "mode": "{{mode}}" } } ] } ] }
        """).Profile(null);
}

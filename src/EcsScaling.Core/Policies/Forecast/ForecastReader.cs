using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Policies.Forecast;

/// <summary>
/// For the drift report: every ForecastOnly predictive policy of the profile that exists in AWS, its
/// next capacity forecast next to the service's current desired count, so an operator can judge the
/// forecast before switching it to ForecastAndScale. Read-only; a failed read becomes a note, never a
/// failed report. Profiles without predictive policies make no call at all.
/// </summary>
public sealed class ForecastReader(GatewaySet gateways, TimeProvider time, ITelemetry telemetry, string namePrefix)
{
    /// <summary>Predictive scaling forecasts by the hour; six points show the next working stretch.</summary>
    public const int Points = 6;

    public async Task<IReadOnlyList<ForecastComparison>> ReadAsync(ResolvedProfile profile, IReadOnlyList<PolicyChange> changes, CancellationToken cancellationToken)
    {
        var comparisons = new List<ForecastComparison>();
        var now = time.GetUtcNow();
        foreach (var resource in profile.Resources)
        {
            var forecastOnly = resource.PredictivePolicies
                .Where(p => PredictiveComparer.Normalize(p.Configuration).Mode == PredictiveScalingMode.ForecastOnly)
                .Select(p => namePrefix + p.Name)
                .Where(name => !changes.Any(c => c.Drift is { Action: DriftAction.Create, Subject: DriftSubject.PredictivePolicy } d && d.ResourceId == resource.Resource.Id && d.Name == name))
                .ToList();
            if (forecastOnly.Count == 0)
            {
                continue;
            }

            var desired = await DesiredCountAsync(resource.Resource, cancellationToken);
            foreach (var name in forecastOnly)
            {
                comparisons.Add(await CompareAsync(resource.Resource, name, desired, now, cancellationToken));
            }
        }

        return comparisons;
    }

    private async Task<ForecastComparison> CompareAsync(ScalableResource resource, string policyName, int? desired, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var forecast = await gateways.ScalingPolicies.GetCapacityForecastAsync(resource, policyName, now, now.AddHours(Points), cancellationToken);
            // The point of the current hour is stamped with its start, up to an hour ago.
            var points = forecast.Points.Where(p => p.At > now.AddHours(-1)).OrderBy(p => p.At).Take(Points).ToList();
            return new ForecastComparison(resource.Id, policyName, desired, points, forecast.UpdatedAt,
                points.Count == 0 ? "no forecast yet: AWS forecasts once it has 24 hours of metric history" : null);
        }
        catch (AwsCallException e)
        {
            telemetry.Log(LogLevel.Warn, "capacity forecast not read", ("resourceId", resource.Id), ("policy", policyName), ("error", e.ErrorCode), ("requestId", e.RequestId));
            return new ForecastComparison(resource.Id, policyName, desired, [], null, $"forecast not read: {e.ErrorCode}");
        }
    }

    /// <summary>service/CLUSTER/SERVICE: the desired count is what target tracking last set.</summary>
    private async Task<int?> DesiredCountAsync(ScalableResource resource, CancellationToken cancellationToken)
    {
        if (resource.Id.Split('/') is not ["service", var cluster, var service])
        {
            return null;
        }

        try
        {
            var services = await gateways.Ecs.DescribeServicesAsync(cluster, [service], cancellationToken);
            return services.FirstOrDefault()?.DesiredCount;
        }
        catch (AwsCallException e)
        {
            telemetry.Log(LogLevel.Warn, "desired count not read", ("resourceId", resource.Id), ("error", e.ErrorCode), ("requestId", e.RequestId));
            return null;
        }
    }
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Forecast;

/// <summary>
/// One ForecastOnly predictive policy beside what target tracking does now: the service's desired
/// count (what its target-tracking policies set) and the next hourly capacity points AWS forecasts.
/// Note says why there are no points (no forecast yet, or the forecast could not be read).
/// </summary>
public sealed record ForecastComparison(
    string ResourceId,
    string PolicyName,
    int? DesiredCount,
    IReadOnlyList<ForecastPoint> Capacity,
    DateTimeOffset? UpdatedAt,
    string? Note);

using System.Globalization;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Reconcile;

/// <summary>
/// Field-by-field comparison of predictive scaling configurations after filling in Application Auto
/// Scaling's documented defaults (PredictiveScalingPolicyConfiguration): Mode ForecastOnly,
/// SchedulingBufferTime 300 seconds, MaxCapacityBreachBehavior HonorMaxCapacity. An untouched
/// policy read back with the defaults filled in is therefore no drift.
/// </summary>
public static class PredictiveComparer
{
    public const int DefaultSchedulingBufferSeconds = 300;

    public static IReadOnlyList<FieldDifference> Differences(PredictiveScalingConfiguration? expected, PredictiveScalingConfiguration? actual)
    {
        var want = expected is null ? null : Normalize(expected);
        var have = actual is null ? null : Normalize(actual);
        return PolicyComparer.FieldByField(want?.TargetValue, have?.TargetValue, Fields(want), Fields(have));
    }

    public static PredictiveScalingConfiguration Normalize(PredictiveScalingConfiguration configuration) => configuration with
    {
        Mode = configuration.Mode ?? PredictiveScalingMode.ForecastOnly,
        SchedulingBufferSeconds = configuration.SchedulingBufferSeconds ?? DefaultSchedulingBufferSeconds,
        MaxCapacityBreachBehavior = configuration.MaxCapacityBreachBehavior ?? MaxCapacityBreachBehavior.HonorMaxCapacity,
    };

    private static IEnumerable<(string Field, string? Value)> Fields(PredictiveScalingConfiguration? c) =>
    [
        ("metricPair", c?.MetricPair),
        ("scalingMetric", c?.ScalingMetric),
        ("loadMetric", c?.LoadMetric),
        ("resourceLabel", c?.ResourceLabel),
        ("mode", c?.Mode?.ToString()),
        ("schedulingBufferSeconds", c?.SchedulingBufferSeconds?.ToString(CultureInfo.InvariantCulture)),
        ("maxCapacityBreachBehavior", c?.MaxCapacityBreachBehavior?.ToString()),
        ("maxCapacityBuffer", c?.MaxCapacityBuffer?.ToString(CultureInfo.InvariantCulture)),
    ];
}

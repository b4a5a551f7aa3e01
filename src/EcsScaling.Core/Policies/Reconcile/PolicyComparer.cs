using System.Globalization;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Reconcile;

/// <summary>
/// Field-by-field comparison of target-tracking configurations after filling in what AWS fills in,
/// so that a policy nobody touched never shows as drift: ECS cooldowns default to 300 s, EC2 Auto
/// Scaling has no cooldowns at all, dimension order is not significant, and target values are
/// compared with a relative tolerance because they travel through JSON and XML as text.
/// </summary>
public static class PolicyComparer
{
    /// <summary>Application Auto Scaling's default scale-in and scale-out cooldown for ECS services.</summary>
    public const int EcsDefaultCooldownSeconds = 300;

    private const double RelativeTolerance = 1e-9;

    public static IReadOnlyList<FieldDifference> Differences(TargetTrackingConfiguration? expected, TargetTrackingConfiguration? actual, ScalableResourceKind kind)
    {
        var want = expected is null ? null : Normalize(expected, kind);
        var have = actual is null ? null : Normalize(actual, kind);
        return FieldByField(want?.TargetValue, have?.TargetValue, Fields(want), Fields(have));
    }

    /// <summary>
    /// The target value within the tolerance, then every other field as text. A policy missing on one side
    /// (its target null) lists only the fields the other side has.
    /// </summary>
    internal static List<FieldDifference> FieldByField(double? wantedTarget, double? hadTarget, IEnumerable<(string Field, string? Value)> wanted, IEnumerable<(string Field, string? Value)> had)
    {
        var bothPresent = wantedTarget is not null && hadTarget is not null;
        var differences = new List<FieldDifference>();
        if (!bothPresent || !SameValue(wantedTarget!.Value, hadTarget!.Value))
        {
            differences.Add(new FieldDifference("targetValue", Number(wantedTarget), Number(hadTarget)));
        }

        foreach (var (field, want, have) in wanted.Zip(had, (w, h) => (w.Field, w.Value, h.Value)))
        {
            if (bothPresent ? want != have : (want ?? have) is not null)
            {
                differences.Add(new FieldDifference(field, want, have));
            }
        }

        return differences;
    }

    public static IReadOnlyList<FieldDifference> Differences(ScalableTarget? expected, ScalableTarget? actual)
    {
        var differences = new List<FieldDifference>();
        if (expected?.MinCapacity != actual?.MinCapacity)
        {
            differences.Add(new FieldDifference("minCapacity", Number(expected?.MinCapacity), Number(actual?.MinCapacity)));
        }

        if (expected?.MaxCapacity != actual?.MaxCapacity)
        {
            differences.Add(new FieldDifference("maxCapacity", Number(expected?.MaxCapacity), Number(actual?.MaxCapacity)));
        }

        return differences;
    }

    public static bool SameValue(double a, double b) =>
        Math.Abs(a - b) <= RelativeTolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    public static TargetTrackingConfiguration Normalize(TargetTrackingConfiguration configuration, ScalableResourceKind kind) =>
        kind == ScalableResourceKind.EcsService
            ? configuration with
            {
                ScaleInCooldownSeconds = configuration.ScaleInCooldownSeconds ?? EcsDefaultCooldownSeconds,
                ScaleOutCooldownSeconds = configuration.ScaleOutCooldownSeconds ?? EcsDefaultCooldownSeconds,
            }
            : configuration with { ScaleInCooldownSeconds = null, ScaleOutCooldownSeconds = null };

    private static IEnumerable<(string Field, string? Value)> Fields(TargetTrackingConfiguration? c) =>
    [
        ("metric", c?.PredefinedMetricType),
        ("resourceLabel", c?.ResourceLabel),
        ("customizedMetric", c?.CustomizedMetric is { } m ? Render(m) : c?.MetricMath is { } math ? Render(math) : null),
        ("scaleInCooldownSeconds", Number(c?.ScaleInCooldownSeconds)),
        ("scaleOutCooldownSeconds", Number(c?.ScaleOutCooldownSeconds)),
        ("disableScaleIn", c is null ? null : c.DisableScaleIn ? "true" : "false"),
    ];

    /// <summary>A period of 60 s is EC2 Auto Scaling's default, so it reads the same as none.</summary>
    private static string Render(CustomizedMetric metric)
    {
        var dimensions = string.Join(",", metric.Dimensions.OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Value, StringComparer.Ordinal).Select(d => $"{d.Name}={d.Value}"));
        var unit = metric.Unit is null ? "" : $" ({metric.Unit})";
        var period = metric.PeriodSeconds is null or 60 ? "" : $" every {metric.PeriodSeconds}s";
        return $"{metric.Namespace} {metric.MetricName} {{{dimensions}}} {metric.Statistic}{unit}{period}";
    }

    /// <summary>Queries in id order: an expression names the others by id, so their order is not significant.</summary>
    private static string Render(IReadOnlyList<MetricQuery> math) =>
        string.Join("; ", math.OrderBy(q => q.Id, StringComparer.Ordinal).Select(q =>
            $"{q.Id} = {(q.Metric is { } metric ? Render(metric) : q.Expression)}{(q.Label is null ? "" : $" \"{q.Label}\"")}{(q.ReturnData ? " (tracked)" : "")}"));

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

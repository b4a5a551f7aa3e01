using System.Globalization;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>Turns one layered policy into a target-tracking configuration, or errors naming the path of each bad field.</summary>
internal static class PolicyConfigurationValidator
{
    public static TargetTrackingConfiguration? Validate(PolicyDraft draft, ScalableResourceKind kind, List<string> errors)
    {
        var before = errors.Count;
        var json = draft.Json;
        var path = draft.Path;
        CheckMetricChoice(json, kind, path, errors);
        var customPath = $"{path}.customizedMetric";
        var math = json.CustomizedMetric is { Metrics: not null } m ? MetricMathValidator.Validate(m, kind, customPath, errors) : null;
        var custom = json.CustomizedMetric is { Metrics: null } c ? Customized(c, kind, customPath, errors) : null;
        CheckCooldowns(json, kind, path, errors);
        if (json.TargetValue is null)
        {
            errors.Add($"{path}.targetValue: is required");
        }

        if (errors.Count > before)
        {
            return null;
        }

        var configuration = new TargetTrackingConfiguration(json.TargetValue!.Value, json.Metric, json.ResourceLabel, custom,
            json.ScaleInCooldownSeconds, json.ScaleOutCooldownSeconds, json.DisableScaleIn ?? false, math);
        CheckTarget(configuration, $"{path}.targetValue", errors);
        return errors.Count > before ? null : configuration;
    }

    private static void CheckMetricChoice(PolicyJson json, ScalableResourceKind kind, string path, List<string> errors)
    {
        if ((json.Metric is null) == (json.CustomizedMetric is null))
        {
            errors.Add($"{path}: set exactly one of 'metric' (a predefined metric) or 'customizedMetric'");
            return;
        }

        var known = MetricCatalog.PredefinedFor(kind);
        if (json.Metric is { } metric && !known.Contains(metric))
        {
            errors.Add($"{path}.metric: unknown metric '{metric}' for {Describe(kind)}; expected one of {string.Join(", ", known)}");
        }
        else if (json.Metric == MetricCatalog.AlbRequestCountPerTarget && string.IsNullOrWhiteSpace(json.ResourceLabel))
        {
            errors.Add($"{path}.resourceLabel: ALBRequestCountPerTarget needs its resource label (app/<load-balancer>/<id>/targetgroup/<target-group>/<id>)");
        }
        else if (json.Metric == MetricCatalog.AlbRequestCountPerTarget && !IsResourceLabel(json.ResourceLabel!))
        {
            errors.Add($"{path}.resourceLabel: '{json.ResourceLabel}' is not of the form app/<load-balancer>/<id>/targetgroup/<target-group>/<id>");
        }
        else if (json.Metric != MetricCatalog.AlbRequestCountPerTarget && json.ResourceLabel is not null)
        {
            errors.Add($"{path}.resourceLabel: only ALBRequestCountPerTarget takes a resource label");
        }
    }

    private static CustomizedMetric? Customized(CustomizedMetricJson json, ScalableResourceKind kind, string path, List<string> errors)
    {
        var before = errors.Count;
        if (json.Statistic is null || !MetricCatalog.Statistics.Contains(json.Statistic))
        {
            errors.Add($"{path}.statistic: expected one of {string.Join(", ", MetricCatalog.Statistics)} (got '{json.Statistic}')");
        }

        CheckPeriod(json.Period, kind, $"{path}.period", errors);
        return Metric(json.Namespace, json.MetricName, json.Dimensions, json.Statistic!, json.Unit, json.Period, path, errors) is { } metric && errors.Count == before ? metric : null;
    }

    /// <summary>One metric with its statistic, the single-metric form and a metric-math query's metricStat alike.</summary>
    internal static CustomizedMetric? Metric(string? metricNamespace, string? metricName, List<DimensionJson?>? dimensionsJson, string statistic, string? unit, int? period,
        string path, List<string> errors)
    {
        var before = errors.Count;
        Require(metricNamespace, $"{path}.namespace", errors);
        Require(metricName, $"{path}.metricName", errors);
        var dimensions = new List<MetricDimension>();
        for (var i = 0; i < (dimensionsJson?.Count ?? 0); i++)
        {
            var dimension = dimensionsJson![i];
            var ok = Require(dimension?.Name, $"{path}.dimensions[{i}].name", errors) & Require(dimension?.Value, $"{path}.dimensions[{i}].value", errors);
            if (ok)
            {
                dimensions.Add(new MetricDimension(dimension!.Name!, dimension.Value!));
            }
        }

        return errors.Count > before ? null : new CustomizedMetric(metricNamespace!, metricName!, dimensions, statistic, unit, period);
    }

    /// <summary>
    /// EC2 Auto Scaling target tracking accepts a metric period of 10, 30 or 60 seconds (high-resolution
    /// metrics, for faster response); Application Auto Scaling's specification has no period.
    /// </summary>
    internal static void CheckPeriod(int? period, ScalableResourceKind kind, string path, List<string> errors)
    {
        if (period is null)
        {
            return;
        }

        if (kind == ScalableResourceKind.EcsService)
        {
            errors.Add($"{path}: a metric period applies to Auto Scaling group policies only (Application Auto Scaling uses one-minute metrics)");
        }
        else if (period is not (10 or 30 or 60))
        {
            errors.Add($"{path}: {period} is not a period EC2 Auto Scaling accepts; expected 10, 30 or 60 (seconds)");
        }
    }

    private static void CheckCooldowns(PolicyJson json, ScalableResourceKind kind, string path, List<string> errors)
    {
        if (kind == ScalableResourceKind.AutoScalingGroup && (json.ScaleInCooldownSeconds is not null || json.ScaleOutCooldownSeconds is not null))
        {
            errors.Add($"{path}: scale-in/out cooldowns do not apply to Auto Scaling group target tracking (EC2 Auto Scaling uses instance warm-up)");
        }

        if (json.ScaleInCooldownSeconds < 0)
        {
            errors.Add($"{path}.scaleInCooldownSeconds: {json.ScaleInCooldownSeconds} is negative");
        }

        if (json.ScaleOutCooldownSeconds < 0)
        {
            errors.Add($"{path}.scaleOutCooldownSeconds: {json.ScaleOutCooldownSeconds} is negative");
        }
    }

    private static void CheckTarget(TargetTrackingConfiguration configuration, string path, List<string> errors) =>
        CheckTarget(configuration.TargetValue, MetricCatalog.IsPercent(configuration), path, errors);

    /// <summary>More than 0 and at most 100 for a percentage, Application Auto Scaling's ceiling otherwise; target tracking and predictive alike.</summary>
    internal static void CheckTarget(double value, bool percent, string path, List<string> errors)
    {
        var ceiling = percent ? 100 : MetricCatalog.MaxTargetValue;
        if (!double.IsFinite(value) || value <= 0 || value > ceiling)
        {
            errors.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is out of range; expected more than 0 and at most {ceiling.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    internal static bool Require(string? value, string path, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add($"{path}: is required");
        return false;
    }

    internal static bool IsResourceLabel(string label)
    {
        var parts = label.Split('/');
        return parts.Length == 6 && parts[0] == "app" && parts[3] == "targetgroup" && parts.All(p => p.Length > 0);
    }

    private static string Describe(ScalableResourceKind kind) =>
        kind == ScalableResourceKind.EcsService ? "an ECS service" : "an Auto Scaling group";
}

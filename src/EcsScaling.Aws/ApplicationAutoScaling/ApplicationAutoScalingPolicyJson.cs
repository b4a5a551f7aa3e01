using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>
/// TargetTrackingScalingPolicyConfiguration of an Application Auto Scaling policy (PascalCase), both
/// directions, straight from and into Core's TargetTrackingConfiguration. Null members are left out;
/// Application Auto Scaling has no metric period, so PeriodSeconds is neither sent nor read.
/// </summary>
internal static class ApplicationAutoScalingPolicyJson
{
    public static void Write(Utf8JsonWriter w, TargetTrackingConfiguration c)
    {
        w.Number("TargetValue", c.TargetValue);
        if (c.PredefinedMetricType is not null)
        {
            w.WriteStartObject("PredefinedMetricSpecification");
            w.String("PredefinedMetricType", c.PredefinedMetricType).String("ResourceLabel", c.ResourceLabel);
            w.WriteEndObject();
        }

        // One metric or metric math, never both: a customized metric wins.
        if (c.CustomizedMetric is { } m)
        {
            w.WriteStartObject("CustomizedMetricSpecification");
            w.String("MetricName", m.MetricName).String("Namespace", m.Namespace).Objects("Dimensions", m.Dimensions, WriteDimension).String("Statistic", m.Statistic).String("Unit", m.Unit);
            w.WriteEndObject();
        }
        else if (c.MetricMath is { } math)
        {
            w.WriteStartObject("CustomizedMetricSpecification");
            w.Objects("Metrics", math, WriteQuery);
            w.WriteEndObject();
        }

        w.Number("ScaleOutCooldown", c.ScaleOutCooldownSeconds).Number("ScaleInCooldown", c.ScaleInCooldownSeconds).Boolean("DisableScaleIn", c.DisableScaleIn);
    }

    /// <summary>Missing members read as the former contracts gave them: 0, null, DisableScaleIn false.</summary>
    public static TargetTrackingConfiguration Read(JsonElement c)
    {
        var target = c.Double("TargetValue");
        string? predefined = null, resourceLabel = null;
        c.InObject("PredefinedMetricSpecification", p => (predefined, resourceLabel) = (p.String("PredefinedMetricType")!, p.String("ResourceLabel")));
        CustomizedMetric? metric = null;
        List<MetricQuery>? math = null;
        c.InObject("CustomizedMetricSpecification", m =>
        {
            var (name, metricNamespace, dimensions, statistic, unit) = (m.String("MetricName"), m.String("Namespace"), Dimensions(m), m.String("Statistic"), m.String("Unit"));
            math = m.Array("Metrics", ReadQuery);
            metric = math is not null ? null : new CustomizedMetric(metricNamespace ?? string.Empty, name ?? string.Empty, dimensions, statistic ?? string.Empty, unit);
        });
        var (scaleOut, scaleIn, disableScaleIn) = (c.Int32OrNull("ScaleOutCooldown"), c.Int32OrNull("ScaleInCooldown"), c.BooleanOrNull("DisableScaleIn"));
        return new TargetTrackingConfiguration(target, predefined, resourceLabel, metric, scaleIn, scaleOut, disableScaleIn ?? false, math);
    }

    private static void WriteDimension(Utf8JsonWriter w, MetricDimension d) => w.String("Name", d.Name).String("Value", d.Value);

    /// <summary>The metric of a query writes its dimensions first (the order of AWS's MetricStat.Metric), unlike a single customized metric.</summary>
    private static void WriteQuery(Utf8JsonWriter w, MetricQuery q)
    {
        w.String("Id", q.Id).String("Expression", q.Expression).String("Label", q.Label);
        if (q.Metric is { } m)
        {
            w.WriteStartObject("MetricStat");
            w.WriteStartObject("Metric");
            w.Objects("Dimensions", m.Dimensions, WriteDimension).String("MetricName", m.MetricName).String("Namespace", m.Namespace);
            w.WriteEndObject();
            w.String("Stat", m.Statistic).String("Unit", m.Unit);
            w.WriteEndObject();
        }

        w.Boolean("ReturnData", q.ReturnData);
    }

    /// <summary>ReturnData left out reads as AWS's default, true.</summary>
    private static MetricQuery ReadQuery(JsonElement q) => new(
        q.String("Id")!,
        q.String("Expression"),
        q.Object("MetricStat", s => s.Object("Metric", m => new CustomizedMetric(m.String("Namespace")!, m.String("MetricName")!, Dimensions(m), string.Empty, null))! with
        {
            Statistic = s.String("Stat")!,
            Unit = s.String("Unit"),
        }),
        q.String("Label"),
        q.BooleanOrNull("ReturnData") ?? true);

    private static List<MetricDimension> Dimensions(JsonElement owner) => owner.Array("Dimensions", d => new MetricDimension(d.String("Name")!, d.String("Value")!)) ?? [];
}

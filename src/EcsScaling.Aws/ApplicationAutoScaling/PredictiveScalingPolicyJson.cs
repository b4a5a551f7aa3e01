using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>
/// PredictiveScalingPolicyConfiguration of an Application Auto Scaling policy (PascalCase), both
/// directions, and GetPredictiveScalingForecast's CapacityForecast. One metric specification (AWS
/// supports one): a predefined pair, or a predefined scaling and load metric; the resource label
/// travels with each ALB metric. Customized predictive metrics are not modelled: read back they have
/// no predefined metric, which shows as drift.
/// </summary>
internal static class PredictiveScalingPolicyJson
{
    public static void Write(Utf8JsonWriter w, PredictiveScalingConfiguration c)
    {
        w.Objects("MetricSpecifications", [c], WriteSpecification);
        w.Name("Mode", c.Mode).Number("SchedulingBufferTime", c.SchedulingBufferSeconds).Name("MaxCapacityBreachBehavior", c.MaxCapacityBreachBehavior)
            .Number("MaxCapacityBuffer", c.MaxCapacityBuffer);
    }

    /// <summary>The first metric specification; missing members read as null (AWS's defaults, filled in by the comparer).</summary>
    public static PredictiveScalingConfiguration Read(JsonElement c)
    {
        var configuration = c.Array("MetricSpecifications", ReadSpecification)?.FirstOrDefault()
            ?? new PredictiveScalingConfiguration(0, null, null, null, null, null, null, null, null);
        return configuration with
        {
            Mode = Enum<PredictiveScalingMode>(c.String("Mode")),
            SchedulingBufferSeconds = c.Int32OrNull("SchedulingBufferTime"),
            MaxCapacityBreachBehavior = Enum<MaxCapacityBreachBehavior>(c.String("MaxCapacityBreachBehavior")),
            MaxCapacityBuffer = c.Int32OrNull("MaxCapacityBuffer"),
        };
    }

    /// <summary>Hourly timestamps (epoch seconds) and values, paired in order.</summary>
    public static CapacityForecast ReadForecast(JsonElement answer)
    {
        var points = new List<ForecastPoint>();
        answer.InObject("CapacityForecast", f =>
        {
            var times = f.Array("Timestamps", t => Time(t.GetDouble())) ?? [];
            var values = f.Array("Values", v => v.GetDouble()) ?? [];
            points.AddRange(times.Zip(values, (at, value) => new ForecastPoint(at, value)));
        });
        return new CapacityForecast(points, answer.DoubleOrNull("UpdateTime") is { } updated ? Time(updated) : null);
    }

    public static double EpochSeconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    private static void WriteSpecification(Utf8JsonWriter w, PredictiveScalingConfiguration c)
    {
        w.Number("TargetValue", c.TargetValue);
        WriteMetric(w, "PredefinedMetricPairSpecification", c.MetricPair, c.ResourceLabel);
        WriteMetric(w, "PredefinedScalingMetricSpecification", c.ScalingMetric, c.ResourceLabel);
        WriteMetric(w, "PredefinedLoadMetricSpecification", c.LoadMetric, c.ResourceLabel);
    }

    private static void WriteMetric(Utf8JsonWriter w, string member, string? metric, string? resourceLabel)
    {
        if (metric is not null)
        {
            w.WriteStartObject(member);
            w.String("PredefinedMetricType", metric).String("ResourceLabel", resourceLabel);
            w.WriteEndObject();
        }
    }

    private static PredictiveScalingConfiguration ReadSpecification(JsonElement s)
    {
        string? label = null;
        string? Metric(string member) => s.Object(member, m =>
        {
            label ??= m.String("ResourceLabel");
            return m.String("PredefinedMetricType")!;
        });
        var (pair, scaling, load) = (Metric("PredefinedMetricPairSpecification"), Metric("PredefinedScalingMetricSpecification"), Metric("PredefinedLoadMetricSpecification"));
        return new PredictiveScalingConfiguration(s.Double("TargetValue"), pair, scaling, load, label, null, null, null, null);
    }

    /// <summary>A value this code does not know reads as null, which the comparer shows as drift rather than failing the read.</summary>
    private static T? Enum<T>(string? text)
        where T : struct, System.Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) ? value : null;

    private static DateTimeOffset Time(double epochSeconds) => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(epochSeconds * 1000));
}

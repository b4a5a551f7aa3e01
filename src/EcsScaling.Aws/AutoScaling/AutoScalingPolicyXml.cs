using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.AutoScaling;

/// <summary>TargetTrackingConfiguration of an EC2 Auto Scaling policy, both directions.</summary>
public static class AutoScalingPolicyXml
{
    private const string Prefix = "TargetTrackingConfiguration";

    public static void Write(TargetTrackingConfiguration c, QueryParameters p)
    {
        p.Add($"{Prefix}.TargetValue", c.TargetValue);
        p.Add($"{Prefix}.DisableScaleIn", c.DisableScaleIn);
        if (c.PredefinedMetricType is not null)
        {
            p.Add($"{Prefix}.PredefinedMetricSpecification.PredefinedMetricType", c.PredefinedMetricType);
            p.Add($"{Prefix}.PredefinedMetricSpecification.ResourceLabel", c.ResourceLabel);
        }

        var custom = $"{Prefix}.CustomizedMetricSpecification";
        if (c.CustomizedMetric is { } m)
        {
            WriteMetric(m, custom, p);
            p.Add($"{custom}.Statistic", m.Statistic).Add($"{custom}.Unit", m.Unit).Add($"{custom}.Period", m.PeriodSeconds);
        }

        if (c.MetricMath is { } math)
        {
            p.AddMembers($"{custom}.Metrics", math, (prefix, q, query) =>
            {
                query.Add($"{prefix}.Id", q.Id).Add($"{prefix}.Expression", q.Expression).Add($"{prefix}.Label", q.Label).Add($"{prefix}.ReturnData", q.ReturnData);
                if (q.Metric is { } metric)
                {
                    WriteMetric(metric, $"{prefix}.MetricStat.Metric", query);
                    query.Add($"{prefix}.MetricStat.Stat", metric.Statistic).Add($"{prefix}.MetricStat.Unit", metric.Unit).Add($"{prefix}.MetricStat.Period", metric.PeriodSeconds);
                }
            });
        }
    }

    /// <summary>EC2 Auto Scaling target tracking has no cooldowns (it uses instance warmup): they read back as null.</summary>
    public static TargetTrackingPolicy Parse(QueryElement policy)
    {
        var c = policy.Child(Prefix) ?? new QueryElement(Prefix);
        var predefined = c.Child("PredefinedMetricSpecification");
        var custom = c.Child("CustomizedMetricSpecification");
        var math = custom?.Child("Metrics") is null ? null : custom.Members("Metrics").Select(ParseQuery).ToList();
        var configuration = new TargetTrackingConfiguration(
            c.Double("TargetValue") ?? 0,
            predefined?.Text("PredefinedMetricType"),
            predefined?.Text("ResourceLabel"),
            custom is null || math is not null ? null : ParseMetric(custom, custom, "Statistic"),
            null,
            null,
            c.Bool("DisableScaleIn") ?? false,
            math);
        return new TargetTrackingPolicy(new ScalableResource(ScalableResourceKind.AutoScalingGroup, policy.Required("AutoScalingGroupName")), policy.Required("PolicyName"), configuration);
    }

    private static void WriteMetric(CustomizedMetric m, string prefix, QueryParameters p)
    {
        p.Add($"{prefix}.MetricName", m.MetricName).Add($"{prefix}.Namespace", m.Namespace);
        p.AddMembers($"{prefix}.Dimensions", m.Dimensions, (member, d, q) => q.Add($"{member}.Name", d.Name).Add($"{member}.Value", d.Value));
    }

    /// <summary>ReturnData left out reads as AWS's default, true.</summary>
    private static MetricQuery ParseQuery(QueryElement q) => new(
        q.Required("Id"),
        q.Text("Expression"),
        q.Child("MetricStat") is { } stat ? ParseMetric(stat.Child("Metric") ?? new QueryElement("Metric"), stat, "Stat") : null,
        q.Text("Label"),
        q.Bool("ReturnData") ?? true);

    /// <summary>The metric's names come from one element, its statistic, unit and period from another (the same one in the single-metric form).</summary>
    private static CustomizedMetric ParseMetric(QueryElement metric, QueryElement statistic, string statisticName) => new(
        metric.Text("Namespace") ?? string.Empty,
        metric.Text("MetricName") ?? string.Empty,
        [.. metric.Members("Dimensions").Select(d => new MetricDimension(d.Required("Name"), d.Text("Value") ?? string.Empty))],
        statistic.Text(statisticName) ?? string.Empty,
        statistic.Text("Unit"),
        statistic.Int("Period"));
}

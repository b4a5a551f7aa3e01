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

        if (c.CustomizedMetric is { } m)
        {
            var custom = $"{Prefix}.CustomizedMetricSpecification";
            p.Add($"{custom}.MetricName", m.MetricName).Add($"{custom}.Namespace", m.Namespace).Add($"{custom}.Statistic", m.Statistic).Add($"{custom}.Unit", m.Unit);
            p.AddMembers($"{custom}.Dimensions", m.Dimensions, (prefix, d, q) => q.Add($"{prefix}.Name", d.Name).Add($"{prefix}.Value", d.Value));
        }
    }

    /// <summary>EC2 Auto Scaling target tracking has no cooldowns (it uses instance warmup): they read back as null.</summary>
    public static TargetTrackingPolicy Parse(QueryElement policy)
    {
        var c = policy.Child(Prefix) ?? new QueryElement(Prefix);
        var predefined = c.Child("PredefinedMetricSpecification");
        var custom = c.Child("CustomizedMetricSpecification");
        var configuration = new TargetTrackingConfiguration(
            c.Double("TargetValue") ?? 0,
            predefined?.Text("PredefinedMetricType"),
            predefined?.Text("ResourceLabel"),
            custom is null ? null : new CustomizedMetric(
                custom.Text("Namespace") ?? string.Empty,
                custom.Text("MetricName") ?? string.Empty,
                [.. custom.Members("Dimensions").Select(d => new MetricDimension(d.Required("Name"), d.Text("Value") ?? string.Empty))],
                custom.Text("Statistic") ?? string.Empty,
                custom.Text("Unit")),
            null,
            null,
            c.Bool("DisableScaleIn") ?? false);
        return new TargetTrackingPolicy(new ScalableResource(ScalableResourceKind.AutoScalingGroup, policy.Required("AutoScalingGroupName")), policy.Required("PolicyName"), configuration);
    }
}

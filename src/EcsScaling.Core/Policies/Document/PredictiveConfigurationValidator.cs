using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>
/// Turns one layered policy with "predictive" into an Application Auto Scaling predictive scaling
/// configuration, checked as PutScalingPolicy checks PredictiveScalingPolicyConfiguration: ECS services
/// only; one metric specification with a target value and either a predefined metric pair or a
/// predefined scaling metric and load metric; Mode ForecastOnly | ForecastAndScale;
/// SchedulingBufferTime 0 to 3600 seconds; MaxCapacityBreachBehavior HonorMaxCapacity |
/// IncreaseMaxCapacity; MaxCapacityBuffer 0 to 100, required with IncreaseMaxCapacity and refused otherwise.
/// Customized (metric math) predictive metrics are not modelled.
/// </summary>
internal static class PredictiveConfigurationValidator
{
    public const int MaxSchedulingBufferSeconds = 3600;
    public const int MaxCapacityBufferPercent = 100;

    public static PredictiveScalingConfiguration? Validate(PolicyDraft draft, ScalableResourceKind kind, List<string> errors)
    {
        var before = errors.Count;
        var (json, path) = (draft.Json, draft.Path);
        var predictive = json.Predictive!;
        if (kind != ScalableResourceKind.EcsService)
        {
            errors.Add($"{path}.predictive: predictive scaling is modelled for ECS services only (Application Auto Scaling), not Auto Scaling groups");
            return null;
        }

        if (json.Metric is not null || json.CustomizedMetric is not null || json.ScaleInCooldownSeconds is not null || json.ScaleOutCooldownSeconds is not null || json.DisableScaleIn is not null)
        {
            errors.Add($"{path}: a predictive policy takes its metrics from 'predictive'; metric, customizedMetric, cooldowns and disableScaleIn belong to target tracking");
        }

        CheckMetrics(predictive, json.ResourceLabel, $"{path}.predictive", path, errors);
        var mode = Choice<PredictiveScalingMode>(predictive.Mode, $"{path}.predictive.mode", errors);
        var breach = Choice<MaxCapacityBreachBehavior>(predictive.MaxCapacityBreachBehavior, $"{path}.predictive.maxCapacityBreachBehavior", errors);
        CheckRange(predictive.SchedulingBufferSeconds, MaxSchedulingBufferSeconds, $"{path}.predictive.schedulingBufferSeconds", "seconds", errors);
        CheckRange(predictive.MaxCapacityBuffer, MaxCapacityBufferPercent, $"{path}.predictive.maxCapacityBuffer", "percent", errors);
        if (breach == MaxCapacityBreachBehavior.IncreaseMaxCapacity && predictive.MaxCapacityBuffer is null)
        {
            errors.Add($"{path}.predictive.maxCapacityBuffer: is required with IncreaseMaxCapacity (percent above the forecast the maximum may rise to)");
        }
        else if (breach != MaxCapacityBreachBehavior.IncreaseMaxCapacity && predictive.MaxCapacityBuffer is not null)
        {
            errors.Add($"{path}.predictive.maxCapacityBuffer: applies only with maxCapacityBreachBehavior IncreaseMaxCapacity");
        }

        var configuration = json.TargetValue is { } target
            ? new PredictiveScalingConfiguration(target, predictive.MetricPair, predictive.ScalingMetric, predictive.LoadMetric, json.ResourceLabel, mode,
                predictive.SchedulingBufferSeconds, breach, predictive.MaxCapacityBuffer)
            : null;
        if (configuration is null)
        {
            errors.Add($"{path}.targetValue: is required");
        }
        else
        {
            PolicyConfigurationValidator.CheckTarget(configuration.TargetValue, MetricCatalog.IsPercent(configuration), $"{path}.targetValue", errors);
        }

        return errors.Count > before ? null : configuration;
    }

    private static void CheckMetrics(PredictiveJson json, string? resourceLabel, string path, string policyPath, List<string> errors)
    {
        var pair = json.MetricPair is not null;
        var split = json.ScalingMetric is not null || json.LoadMetric is not null;
        if (pair == split)
        {
            errors.Add($"{path}: set either 'metricPair' or both 'scalingMetric' and 'loadMetric'");
            return;
        }

        if (pair)
        {
            Known(json.MetricPair, MetricCatalog.PredictiveMetricPairs, $"{path}.metricPair", errors);
        }
        else
        {
            Known(json.ScalingMetric, MetricCatalog.PredictiveScalingMetrics, $"{path}.scalingMetric", errors);
            Known(json.LoadMetric, MetricCatalog.PredictiveLoadMetrics, $"{path}.loadMetric", errors);
        }

        var usesAlb = new[] { json.MetricPair, json.ScalingMetric, json.LoadMetric }.Any(MetricCatalog.IsAlbPredictive);
        if (usesAlb && string.IsNullOrWhiteSpace(resourceLabel))
        {
            errors.Add($"{policyPath}.resourceLabel: the ALB request metrics need their resource label (app/<load-balancer>/<id>/targetgroup/<target-group>/<id>)");
        }
        else if (usesAlb && !PolicyConfigurationValidator.IsResourceLabel(resourceLabel!))
        {
            errors.Add($"{policyPath}.resourceLabel: '{resourceLabel}' is not of the form app/<load-balancer>/<id>/targetgroup/<target-group>/<id>");
        }
        else if (!usesAlb && resourceLabel is not null)
        {
            errors.Add($"{policyPath}.resourceLabel: only the ALB request metrics take a resource label");
        }
    }

    /// <summary>Required with a scaling metric is its load metric and the other way round; a null here is that missing half.</summary>
    private static void Known(string? value, IReadOnlyList<string> known, string path, List<string> errors)
    {
        if (value is null)
        {
            errors.Add($"{path}: is required; expected one of {string.Join(", ", known)}");
        }
        else if (!known.Contains(value))
        {
            errors.Add($"{path}: unknown metric '{value}'; expected one of {string.Join(", ", known)}");
        }
    }

    private static T? Choice<T>(string? text, string path, List<string> errors)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (Enum.GetNames<T>().Contains(text, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(text);
        }

        errors.Add($"{path}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
        return null;
    }

    private static void CheckRange(int? value, int max, string path, string unit, List<string> errors)
    {
        if (value is < 0 || value > max)
        {
            errors.Add($"{path}: {value} is out of range; expected 0 to {max} ({unit})");
        }
    }
}

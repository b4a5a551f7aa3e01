using System.Text.RegularExpressions;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>
/// A customized metric given as metric math (AWS's CustomizedMetricSpecification.Metrics), checked as
/// Application Auto Scaling and EC2 Auto Scaling document TargetTrackingMetricDataQuery: each query has
/// an id (a lowercase letter first, then letters, digits and underscores; unique in the policy) and
/// either a metricStat or an expression, never both; exactly one query returns the series the policy
/// tracks (returnData true, every other false); an expression refers only to other queries' ids.
/// One policy on max(CPUReservation, MemoryReservation) is the use: two policies on the two metrics
/// fight on scale-in, because each lets the group shrink only when its own metric allows.
/// </summary>
internal static partial class MetricMathValidator
{
    public static IReadOnlyList<MetricQuery>? Validate(CustomizedMetricJson json, ScalableResourceKind kind, string path, List<string> errors)
    {
        var before = errors.Count;
        if (json.Namespace is not null || json.MetricName is not null || json.Dimensions is not null || json.Statistic is not null || json.Unit is not null || json.Period is not null)
        {
            errors.Add($"{path}: set either 'metrics' (metric math) or namespace/metricName/dimensions/statistic/unit/period, not both");
        }

        var entries = json.Metrics!;
        if (entries.Count == 0)
        {
            errors.Add($"{path}.metrics: at least one query is required");
        }

        var queries = new List<MetricQuery>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (Query(entries[i], kind, $"{path}.metrics[{i}]", ids, errors) is { } query)
            {
                queries.Add(query);
            }
        }

        var returning = entries.Count(q => q?.ReturnData == true);
        if (entries.Count > 0 && returning != 1)
        {
            errors.Add($"{path}.metrics: exactly one query must have returnData true (the series the policy tracks); {returning} do");
        }

        foreach (var query in queries.Where(q => q.Expression is not null))
        {
            foreach (var reference in References(query.Expression!).Where(r => r == query.Id || !ids.ContainsKey(r)))
            {
                errors.Add($"{ids[query.Id]}.expression: '{reference}' is not the id of another query in this policy");
            }
        }

        return errors.Count > before ? null : queries;
    }

    private static MetricQuery? Query(MetricQueryJson? json, ScalableResourceKind kind, string path, Dictionary<string, string> ids, List<string> errors)
    {
        if (json is null)
        {
            errors.Add($"{path}: a query cannot be null");
            return null;
        }

        var before = errors.Count;
        var maxIdLength = kind == ScalableResourceKind.AutoScalingGroup ? 64 : 255;
        if (json.Id is null || !Id().IsMatch(json.Id) || json.Id.Length > maxIdLength)
        {
            errors.Add($"{path}.id: an id of 1 to {maxIdLength} letters, digits or '_' starting with a lowercase letter is required (got {(json.Id is null ? "nothing" : $"'{json.Id}'")})");
        }
        else if (!ids.TryAdd(json.Id, path))
        {
            errors.Add($"{path}.id: duplicate id '{json.Id}' (already used at {ids[json.Id]})");
        }

        if ((json.Expression is null) == (json.MetricStat is null))
        {
            errors.Add($"{path}: set exactly one of 'expression' or 'metricStat'");
        }

        if (json.Expression is { } expression && (string.IsNullOrWhiteSpace(expression) || expression.Length > 2047))
        {
            errors.Add($"{path}.expression: an expression of 1 to 2047 characters is required");
        }

        var metric = json.MetricStat is { } stat ? Metric(stat, kind, $"{path}.metricStat", errors) : null;
        return errors.Count > before ? null : new MetricQuery(json.Id!, json.Expression, metric, json.Label, json.ReturnData ?? false);
    }

    private static CustomizedMetric? Metric(MetricStatJson json, ScalableResourceKind kind, string path, List<string> errors)
    {
        if (json.Stat is null || !(MetricCatalog.Statistics.Contains(json.Stat) || Percentile().IsMatch(json.Stat)))
        {
            errors.Add($"{path}.stat: expected one of {string.Join(", ", MetricCatalog.Statistics)} or a percentile such as p90 (got {(json.Stat is null ? "nothing" : $"'{json.Stat}'")})");
        }

        PolicyConfigurationValidator.CheckPeriod(json.Period, kind, $"{path}.period", errors);
        if (json.Metric is not { } metric)
        {
            errors.Add($"{path}.metric: is required");
            return null;
        }

        return PolicyConfigurationValidator.Metric(metric.Namespace, metric.MetricName, metric.Dimensions, json.Stat!, json.Unit, json.Period, $"{path}.metric", errors);
    }

    /// <summary>The ids an expression names: lowercase-initial words outside quotes (metric math functions are upper case).</summary>
    internal static IEnumerable<string> References(string expression) =>
        Reference().Matches(Quoted().Replace(expression, "")).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z][A-Za-z0-9_]*$")]
    private static partial Regex Id();

    [GeneratedRegex(@"^p(\d{1,2}(\.\d{1,2})?|100)$")]
    private static partial Regex Percentile();

    [GeneratedRegex(@"\b[a-z][A-Za-z0-9_]*\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex Quoted();
}

using System.Text;
using System.Text.Json;

namespace EcsScaling.Core.Policies.Document;

/// <summary>
/// Reads the policy document as written: comments and trailing commas allowed, field names exact,
/// and an unknown or repeated field an error naming where it is (a misspelt "minCapacty" must not
/// be silently ignored). By hand rather than through a source-generated serializer context, which
/// put 200 KB of metadata into the Lambda binary for these twelve shapes.
/// </summary>
public static class PolicyDocumentReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private delegate bool Member<in T>(ref Utf8JsonReader reader, T target, string name, string path);

    /// <summary>The document, or null for a JSON null.</summary>
    /// <exception cref="PolicyValidationException">Not JSON, or not the document's shape; the error names the path.</exception>
    public static PolicyDocumentJson? Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), Options);
        Next(ref reader, "$");
        var document = Object<PolicyDocumentJson>(ref reader, "$", DocumentMember, "description, services, autoScalingGroups, profiles");
        // Past the document: anything there but comments is an error of the reader's.
        Next(ref reader, "$");
        return document;
    }

    private static bool DocumentMember(ref Utf8JsonReader reader, PolicyDocumentJson target, string name, string path)
    {
        switch (name)
        {
            case "description": target.Description = String(ref reader, path); return true;
            case "services": target.Services = List(ref reader, path, Service); return true;
            case "autoScalingGroups": target.AutoScalingGroups = List(ref reader, path, Group); return true;
            case "profiles": target.Profiles = Profiles(ref reader, path); return true;
            default: return false;
        }
    }

    private static ProfileJson? Profile(ref Utf8JsonReader reader, string path) =>
        Object<ProfileJson>(ref reader, path, static (ref Utf8JsonReader r, ProfileJson target, string name, string at) =>
        {
            switch (name)
            {
                case "description": target.Description = String(ref r, at); return true;
                case "services": target.Services = List(ref r, at, Service); return true;
                case "autoScalingGroups": target.AutoScalingGroups = List(ref r, at, Group); return true;
                default: return false;
            }
        }, "description, services, autoScalingGroups");

    private static ServiceJson? Service(ref Utf8JsonReader reader, string path) =>
        Object<ServiceJson>(ref reader, path, static (ref Utf8JsonReader r, ServiceJson target, string name, string at) =>
        {
            switch (name)
            {
                case "cluster": target.Cluster = String(ref r, at); return true;
                case "service": target.Service = String(ref r, at); return true;
                case "minCapacity": target.MinCapacity = Int(ref r, at); return true;
                case "maxCapacity": target.MaxCapacity = Int(ref r, at); return true;
                case "policies": target.Policies = List(ref r, at, Policy); return true;
                default: return false;
            }
        }, "cluster, service, minCapacity, maxCapacity, policies");

    private static GroupJson? Group(ref Utf8JsonReader reader, string path) =>
        Object<GroupJson>(ref reader, path, static (ref Utf8JsonReader r, GroupJson target, string name, string at) =>
        {
            switch (name)
            {
                case "name": target.Name = String(ref r, at); return true;
                case "policies": target.Policies = List(ref r, at, Policy); return true;
                default: return false;
            }
        }, "name, policies");

    private static PolicyJson? Policy(ref Utf8JsonReader reader, string path) =>
        Object<PolicyJson>(ref reader, path, static (ref Utf8JsonReader r, PolicyJson target, string name, string at) =>
        {
            switch (name)
            {
                case "name": target.Name = String(ref r, at); return true;
                case "metric": target.Metric = String(ref r, at); return true;
                case "resourceLabel": target.ResourceLabel = String(ref r, at); return true;
                case "customizedMetric": target.CustomizedMetric = CustomizedMetric(ref r, at); return true;
                case "targetValue": target.TargetValue = Double(ref r, at); return true;
                case "scaleInCooldownSeconds": target.ScaleInCooldownSeconds = Int(ref r, at); return true;
                case "scaleOutCooldownSeconds": target.ScaleOutCooldownSeconds = Int(ref r, at); return true;
                case "disableScaleIn": target.DisableScaleIn = Bool(ref r, at); return true;
                case "predictive": target.Predictive = Predictive(ref r, at); return true;
                default: return false;
            }
        }, "name, metric, resourceLabel, customizedMetric, targetValue, scaleInCooldownSeconds, scaleOutCooldownSeconds, disableScaleIn, predictive");

    private static PredictiveJson? Predictive(ref Utf8JsonReader reader, string path) =>
        Object<PredictiveJson>(ref reader, path, static (ref Utf8JsonReader r, PredictiveJson target, string name, string at) =>
        {
            switch (name)
            {
                case "metricPair": target.MetricPair = String(ref r, at); return true;
                case "scalingMetric": target.ScalingMetric = String(ref r, at); return true;
                case "loadMetric": target.LoadMetric = String(ref r, at); return true;
                case "mode": target.Mode = String(ref r, at); return true;
                case "schedulingBufferSeconds": target.SchedulingBufferSeconds = Int(ref r, at); return true;
                case "maxCapacityBreachBehavior": target.MaxCapacityBreachBehavior = String(ref r, at); return true;
                case "maxCapacityBuffer": target.MaxCapacityBuffer = Int(ref r, at); return true;
                default: return false;
            }
        }, "metricPair, scalingMetric, loadMetric, mode, schedulingBufferSeconds, maxCapacityBreachBehavior, maxCapacityBuffer");

    private static CustomizedMetricJson? CustomizedMetric(ref Utf8JsonReader reader, string path) =>
        Object<CustomizedMetricJson>(ref reader, path, static (ref Utf8JsonReader r, CustomizedMetricJson target, string name, string at) =>
        {
            switch (name)
            {
                case "namespace": target.Namespace = String(ref r, at); return true;
                case "metricName": target.MetricName = String(ref r, at); return true;
                case "dimensions": target.Dimensions = List(ref r, at, Dimension); return true;
                case "statistic": target.Statistic = String(ref r, at); return true;
                case "unit": target.Unit = String(ref r, at); return true;
                case "period": target.Period = Int(ref r, at); return true;
                case "metrics": target.Metrics = List(ref r, at, MetricQuery); return true;
                default: return false;
            }
        }, "namespace, metricName, dimensions, statistic, unit, period, metrics");

    private static MetricQueryJson? MetricQuery(ref Utf8JsonReader reader, string path) =>
        Object<MetricQueryJson>(ref reader, path, static (ref Utf8JsonReader r, MetricQueryJson target, string name, string at) =>
        {
            switch (name)
            {
                case "id": target.Id = String(ref r, at); return true;
                case "expression": target.Expression = String(ref r, at); return true;
                case "metricStat": target.MetricStat = MetricStat(ref r, at); return true;
                case "label": target.Label = String(ref r, at); return true;
                case "returnData": target.ReturnData = Bool(ref r, at); return true;
                default: return false;
            }
        }, "id, expression, metricStat, label, returnData");

    private static MetricStatJson? MetricStat(ref Utf8JsonReader reader, string path) =>
        Object<MetricStatJson>(ref reader, path, static (ref Utf8JsonReader r, MetricStatJson target, string name, string at) =>
        {
            switch (name)
            {
                case "metric": target.Metric = Metric(ref r, at); return true;
                case "stat": target.Stat = String(ref r, at); return true;
                case "unit": target.Unit = String(ref r, at); return true;
                case "period": target.Period = Int(ref r, at); return true;
                default: return false;
            }
        }, "metric, stat, unit, period");

    private static MetricJson? Metric(ref Utf8JsonReader reader, string path) =>
        Object<MetricJson>(ref reader, path, static (ref Utf8JsonReader r, MetricJson target, string name, string at) =>
        {
            switch (name)
            {
                case "namespace": target.Namespace = String(ref r, at); return true;
                case "metricName": target.MetricName = String(ref r, at); return true;
                case "dimensions": target.Dimensions = List(ref r, at, Dimension); return true;
                default: return false;
            }
        }, "namespace, metricName, dimensions");

    private static DimensionJson? Dimension(ref Utf8JsonReader reader, string path) =>
        Object<DimensionJson>(ref reader, path, static (ref Utf8JsonReader r, DimensionJson target, string name, string at) =>
        {
            switch (name)
            {
                case "name": target.Name = String(ref r, at); return true;
                case "value": target.Value = String(ref r, at); return true;
                default: return false;
            }
        }, "name, value");

    private delegate T Value<out T>(ref Utf8JsonReader reader, string path);

    /// <summary>
    /// An object at the current token (null for a JSON null), each field handed to <paramref name="member"/>
    /// with the reader on its value; a field given twice is an error, as it would be ambiguous.
    /// </summary>
    private static T? Object<T>(ref Utf8JsonReader reader, string path, Member<T> member, string? known)
        where T : class, new()
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject, path, "an object");
        var target = new T();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Next(ref reader, path) != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw Invalid(path, $"field '{name}' is given twice");
            }

            Next(ref reader, $"{path}.{name}");
            if (!member(ref reader, target, name, $"{path}.{name}"))
            {
                throw Invalid(path, $"unknown field '{name}'; known: {known}");
            }
        }

        return target;
    }

    /// <summary>Profiles by name: any name is a field.</summary>
    private static Dictionary<string, ProfileJson?>? Profiles(ref Utf8JsonReader reader, string path) =>
        Object<Dictionary<string, ProfileJson?>>(ref reader, path, static (ref Utf8JsonReader r, Dictionary<string, ProfileJson?> profiles, string name, string at) =>
        {
            profiles[name] = Profile(ref r, at);
            return true;
        }, known: null);

    private static List<T?>? List<T>(ref Utf8JsonReader reader, string path, Value<T?> element)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, path, "an array");
        var list = new List<T?>();
        while (Next(ref reader, path) != JsonTokenType.EndArray)
        {
            list.Add(element(ref reader, $"{path}[{list.Count}]"));
        }

        return list;
    }

    private static string? String(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.String, path, "a string");
        return reader.GetString();
    }

    private static int? Int(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.Number, path, "a whole number");
        return reader.TryGetInt32(out var value) ? value : throw Invalid(path, "expected a whole number");
    }

    private static double? Double(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.Number, path, "a number");
        return reader.GetDouble();
    }

    private static bool? Bool(ref Utf8JsonReader reader, string path) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Invalid(path, $"expected true or false, found {reader.TokenType}"),
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string path, string what)
    {
        if (reader.TokenType != type)
        {
            throw Invalid(path, $"expected {what} or null, found {reader.TokenType}");
        }
    }

    /// <summary>
    /// Moves to the next token; malformed or truncated JSON is reported at the path being read (the
    /// reader holds the whole document, so it runs out of tokens only after a complete value).
    /// </summary>
    private static JsonTokenType Next(ref Utf8JsonReader reader, string path)
    {
        try
        {
            reader.Read();
        }
        catch (JsonException e)
        {
            throw Invalid(path, e.Message);
        }

        return reader.TokenType;
    }

    private static PolicyValidationException Invalid(string path, string message) => new($"{path}: not a valid policy document: {message}");
}

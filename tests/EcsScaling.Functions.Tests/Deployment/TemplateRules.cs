using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>One AWS::Events::Rule of template.yaml, rendered with parameter values.</summary>
public sealed record TemplateRule(string LogicalId, string? Condition, JsonObject? EventPattern, string? ScheduleExpression, IReadOnlyList<string> TargetArns);

/// <summary>
/// The EventBridge rules of template.yaml as CloudFormation would create them: !Ref, !Sub and !Join
/// resolved against the parameters' defaults (or given values; a CommaDelimitedList becomes a list),
/// and a pattern written as a JSON string parsed. Tags a rule pattern does not use are refused.
/// </summary>
public static partial class TemplateRules
{
    public static IReadOnlyList<TemplateRule> Load(IReadOnlyDictionary<string, string>? parameters = null)
    {
        var root = Root();
        var values = ParameterValues(root, parameters);
        return [.. ((YamlMappingNode)root["Resources"]).Children
            .Where(r => Scalar(((YamlMappingNode)r.Value)["Type"]) == "AWS::Events::Rule")
            .Select(r => Rule(((YamlScalarNode)r.Key).Value!, (YamlMappingNode)r.Value, values))];
    }

    /// <summary>A parameter's AllowedPattern, or null when it has none.</summary>
    public static string? AllowedPattern(string parameter)
    {
        var definition = (YamlMappingNode)((YamlMappingNode)Root()["Parameters"])[parameter];
        return definition.Children.TryGetValue("AllowedPattern", out var pattern) ? ((YamlScalarNode)pattern).Value : null;
    }

    /// <summary>One property of any resource, rendered like a rule pattern (e.g. a subscription's FilterPolicy).</summary>
    public static JsonNode Property(string logicalId, string property, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var root = Root();
        var values = ParameterValues(root, parameters);
        return Render(((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["Resources"])[logicalId])["Properties"])[property], values);
    }

    public static TemplateRule Named(string logicalId, IReadOnlyDictionary<string, string>? parameters = null) =>
        Load(parameters).SingleOrDefault(r => r.LogicalId == logicalId) ?? throw new InvalidOperationException($"template.yaml has no rule {logicalId}");

    private static Dictionary<string, JsonNode> ParameterValues(YamlMappingNode root, IReadOnlyDictionary<string, string>? parameters) =>
        ((YamlMappingNode)root["Parameters"]).Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value!,
            p => Parameter((YamlMappingNode)p.Value, parameters?.GetValueOrDefault(((YamlScalarNode)p.Key).Value!)),
            StringComparer.Ordinal);

    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(SamTemplate.Path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static TemplateRule Rule(string logicalId, YamlMappingNode resource, Dictionary<string, JsonNode> values)
    {
        var properties = (YamlMappingNode)resource["Properties"];
        var condition = resource.Children.TryGetValue("Condition", out var c) ? Scalar(c) : null;
        JsonObject? pattern = properties.Children.TryGetValue("EventPattern", out var p)
            ? Render(p, values) switch
            {
                JsonObject o => o,
                JsonValue json => JsonNode.Parse(json.GetValue<string>())!.AsObject(),
                var other => throw new InvalidOperationException($"{logicalId}: EventPattern renders to {other?.ToJsonString()}"),
            }
            : null;
        var schedule = properties.Children.TryGetValue("ScheduleExpression", out var s) ? (string?)Render(s, values) : null;
        var targets = properties.Children.TryGetValue("Targets", out var t)
            ? ((YamlSequenceNode)t).Children.SelectMany(target => Leaves(((YamlMappingNode)target)["Arn"])).ToList()
            : [];
        return new TemplateRule(logicalId, condition, pattern, schedule, targets);
    }

    /// <summary>A target's Arn, or for !If [condition, a, b] both a and b: either may be what the rule sends to.</summary>
    private static IEnumerable<string> Leaves(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value!],
        YamlSequenceNode { Tag.Value: "!If" } choice => choice.Children.Skip(1).SelectMany(Leaves),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Leaves),
        _ => throw new InvalidOperationException($"a rule target's Arn of an unexpected shape at {node.Start}"),
    };

    private static JsonNode Parameter(YamlMappingNode parameter, string? given)
    {
        var value = given ?? (parameter.Children.TryGetValue("Default", out var d) ? ((YamlScalarNode)d).Value! : "");
        return Scalar(parameter["Type"]) == "CommaDelimitedList"
            ? new JsonArray([.. value.Split(',').Select(v => (JsonNode)JsonValue.Create(v.Trim()))])
            : JsonValue.Create(value);
    }

    private static JsonNode Render(YamlNode node, Dictionary<string, JsonNode> values) => (node, Tag(node)) switch
    {
        (YamlScalarNode r, "!Ref") => values.TryGetValue(r.Value!, out var v) ? v.DeepClone() : throw Unsupported(node),
        (YamlScalarNode s, null) => JsonValue.Create(s.Value!),
        (YamlSequenceNode j, "!Join") => JsonValue.Create(string.Join(((YamlScalarNode)j[0]).Value, Strings(Render(j[1], values)))),
        (YamlSequenceNode sub, "!Sub") => JsonValue.Create(Substitute(((YamlScalarNode)sub[0]).Value!, (YamlMappingNode)sub[1], values)),
        (YamlScalarNode sub, "!Sub") => JsonValue.Create(Substitute(sub.Value!, new YamlMappingNode(), values)),
        (YamlSequenceNode list, null) => new JsonArray([.. list.Children.SelectMany(item => Render(item, values) is JsonArray inner ? inner.Select(i => i!.DeepClone()) : [Render(item, values)])]),
        (YamlMappingNode map, null) => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, (JsonNode?)Render(kv.Value, values)))),
        _ => throw Unsupported(node),
    };

    /// <summary>CloudFormation's short-form function tag of a node, or null for plain (and quoted) nodes.</summary>
    private static string? Tag(YamlNode node) => node.Tag.IsEmpty || node.Tag.IsNonSpecific ? null : node.Tag.Value;

    private static string Substitute(string template, YamlMappingNode variables, Dictionary<string, JsonNode> values) =>
        Variable().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            var value = variables.Children.TryGetValue(name, out var v) ? Render(v, values) : values.GetValueOrDefault(name) ?? throw new InvalidOperationException($"!Sub variable ${{{name}}} is not rendered here");
            return value is JsonValue text ? text.GetValue<string>() : throw new InvalidOperationException($"!Sub variable ${{{name}}} is a list");
        });

    private static IEnumerable<string> Strings(JsonNode list) => list is JsonArray array ? array.Select(i => i!.GetValue<string>()) : [list.GetValue<string>()];

    private static NotSupportedException Unsupported(YamlNode node) => new($"template node {node} (tag {node.Tag}) is outside what rule patterns use");

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar && Tag(scalar) is null ? scalar.Value : null;

    [GeneratedRegex(@"\$\{([A-Za-z0-9:]+)\}")]
    private static partial Regex Variable();
}

using EcsScaling.Functions.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>
/// One IAM statement of a function's inline policies: its actions, whether it is scoped, the text of
/// its resources (every scalar under Resource, intrinsic functions' strings included) and its
/// condition keys with the scalars under each.
/// </summary>
public sealed record PolicyStatement(string FunctionId, string? Sid, IReadOnlyList<string> Actions, bool ResourceIsStar, bool HasCondition,
    string ResourceText = "", IReadOnlyDictionary<string, IReadOnlyList<string>>? Conditions = null);

/// <summary>One AWS::Serverless::Function of template.yaml.</summary>
public sealed record SamFunction(string LogicalId, string? Handler, IReadOnlyList<PolicyStatement> Statements);

/// <summary>
/// template.yaml read through YamlDotNet's representation model, which keeps CloudFormation's
/// short-form tags (!Ref, !Sub…) as node tags instead of failing on them, so no tag list is needed.
/// </summary>
public static class SamTemplate
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Samples.Directory)!, "template.yaml");

    public static IReadOnlyList<SamFunction> Functions { get; } = Load(File.ReadAllText(Path));

    public static IReadOnlyList<SamFunction> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var resources = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["Resources"];
        return [.. resources.Children
            .Where(r => Scalar(((YamlMappingNode)r.Value)["Type"]) == "AWS::Serverless::Function")
            .Select(r => ReadFunction(Scalar(r.Key)!, (YamlMappingNode)((YamlMappingNode)r.Value)["Properties"]))];
    }

    /// <summary>A resource of the repository template by logical id (its Type, Condition, Properties…), tags kept on the nodes.</summary>
    public static YamlMappingNode Resource(string logicalId)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return (YamlMappingNode)((YamlMappingNode)root["Resources"])[logicalId];
    }

    private static SamFunction ReadFunction(string logicalId, YamlMappingNode properties)
    {
        var handler = properties.Children.TryGetValue("Handler", out var h) ? Scalar(h) : null;
        var statements = properties.Children.TryGetValue("Policies", out var policies)
            ? ((YamlSequenceNode)policies).Children.OfType<YamlMappingNode>()
                .SelectMany(p => ((YamlSequenceNode)p["Statement"]).Children.Cast<YamlMappingNode>())
                .Select(s => ReadStatement(logicalId, s))
                .ToList()
            : [];
        return new SamFunction(logicalId, handler, statements);
    }

    private static PolicyStatement ReadStatement(string functionId, YamlMappingNode statement)
    {
        var actions = statement["Action"] switch
        {
            YamlSequenceNode list => list.Children.Select(a => Scalar(a)!).ToList(),
            var single => [Scalar(single)!],
        };
        var resource = statement["Resource"];
        var star = Scalar(resource) == "*" || (resource is YamlSequenceNode seq && seq.Children.Any(r => Scalar(r) == "*"));
        var sid = statement.Children.TryGetValue("Sid", out var s) ? Scalar(s) : null;
        var conditions = statement.Children.TryGetValue("Condition", out var c)
            ? ((YamlMappingNode)c).Children.Values.Cast<YamlMappingNode>().SelectMany(op => op.Children)
                .ToDictionary(k => ((YamlScalarNode)k.Key).Value!, k => (IReadOnlyList<string>)[.. Scalars(k.Value)], StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        return new PolicyStatement(functionId, sid, actions, star, statement.Children.ContainsKey("Condition"), string.Join(" ", Scalars(resource)), conditions);
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value!],
        YamlSequenceNode list => list.Children.SelectMany(Scalars),
        YamlMappingNode map => map.Children.Values.SelectMany(Scalars),
        _ => [],
    };

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar && scalar.Tag.IsEmpty ? scalar.Value : null;
}

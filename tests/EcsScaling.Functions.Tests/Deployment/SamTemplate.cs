using EcsScaling.Functions.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>One IAM statement of a function's inline policies: its actions, and whether it is scoped.</summary>
public sealed record PolicyStatement(string FunctionId, string? Sid, IReadOnlyList<string> Actions, bool ResourceIsStar, bool HasCondition);

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
        return new PolicyStatement(functionId, sid, actions, star, statement.Children.ContainsKey("Condition"));
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar && scalar.Tag.IsEmpty ? scalar.Value : null;
}

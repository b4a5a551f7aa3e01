using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>
/// The ECS rules' patterns are JSON strings built with !Sub/!Join (suffix matching on cluster ARNs
/// needs one object per cluster, which a CommaDelimitedList cannot produce otherwise). cfn-lint
/// does not parse such strings, so render them here with two clusters and parse the result.
/// </summary>
public class EventPatternTests
{
    private static readonly string[] Clusters = ["prod", "batch"];

    public static TheoryData<string> RulesWithStringPatterns => [.. StringPatterns().Select(p => p.Rule)];

    [Theory]
    [MemberData(nameof(RulesWithStringPatterns))]
    public void Rendered_pattern_is_json_filtering_on_exactly_our_clusters(string rule)
    {
        var (_, template, delimiter) = StringPatterns().Single(p => p.Rule == rule);

        var pattern = JsonNode.Parse(template.Replace("${Names}", string.Join(delimiter, Clusters), StringComparison.Ordinal))!;

        Assert.Equal(["aws.ecs"], pattern["source"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(Clusters.Select(c => $":cluster/{c}"), pattern["detail"]!["clusterArn"]!.AsArray().Select(s => (string)s!["suffix"]!));
    }

    [Fact]
    public void The_ecs_rules_are_found()
    {
        Assert.Equal(3, StringPatterns().Count);
    }

    private static List<(string Rule, string Template, string Delimiter)> StringPatterns()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(SamTemplate.Path)));
        var resources = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["Resources"];
        return [.. resources.Children
            .Select(r => (Rule: ((YamlScalarNode)r.Key).Value!, Body: (YamlMappingNode)r.Value))
            .Where(r => ((YamlScalarNode)r.Body["Type"]).Value == "AWS::Events::Rule")
            .Select(r => (r.Rule, Pattern: ((YamlMappingNode)r.Body["Properties"]).Children.TryGetValue("EventPattern", out var p) ? p : null))
            .Where(r => r.Pattern is YamlSequenceNode { Tag.Value: "!Sub" })
            .Select(r =>
            {
                var sub = (YamlSequenceNode)r.Pattern!;
                var join = (YamlSequenceNode)((YamlMappingNode)sub[1])["Names"];
                return (r.Rule, ((YamlScalarNode)sub[0]).Value!, ((YamlScalarNode)join[0]).Value!);
            })];
    }
}

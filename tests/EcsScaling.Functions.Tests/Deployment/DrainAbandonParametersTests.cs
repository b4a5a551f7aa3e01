using System.Text.RegularExpressions;
using EcsScaling.Core.Drain;
using YamlDotNet.RepresentationModel;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>The template's abandon-bound parameters: the forms the README documents pass, and both functions that read the drain settings get them.</summary>
public class DrainAbandonParametersTests
{
    [Theory]
    [InlineData("")]
    [InlineData("checkout=45m, prod/*=90m")]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:cluster/prod/report_v2=1h30m,*=100m")]
    public void The_bound_parameter_admits_every_documented_form(string bounds) =>
        Assert.Matches(new Regex(TemplateRules.AllowedPattern("DrainAbandonAfter")!), bounds);

    [Theory]
    [InlineData("checkout=45m; prod/*=90m")]
    [InlineData("checkout=\"45m\"")]
    public void The_bound_parameter_refuses_what_no_entry_can_hold(string bounds) =>
        Assert.DoesNotMatch(new Regex(TemplateRules.AllowedPattern("DrainAbandonAfter")!), bounds);

    [Theory]
    [InlineData("DrainFunction")]
    [InlineData("OpsFunction")]
    public void Both_variables_reach_the_functions_that_read_the_drain_settings(string logicalId)
    {
        var variables = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)SamTemplate.Resource(logicalId)["Properties"])["Environment"])["Variables"];

        Assert.Equal("DrainAbandonAfter", ((YamlScalarNode)variables[DrainVariables.AbandonAfter]).Value);
        Assert.Equal("DrainAbandonWithoutRetention", ((YamlScalarNode)variables[DrainVariables.AbandonWithoutRetention]).Value);
    }

    [Fact]
    public void The_choice_parameter_offers_what_the_parser_reads_and_defaults_as_it_does()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(SamTemplate.Path)));
        var parameter = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["Parameters"])["DrainAbandonWithoutRetention"];

        Assert.Equal(["wait", "abandon"], ((YamlSequenceNode)parameter["AllowedValues"]).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal(DrainVariables.All.Single(v => v.Name == DrainVariables.AbandonWithoutRetention).Default, ((YamlScalarNode)parameter["Default"]).Value);
    }
}

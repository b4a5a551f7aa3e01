using System.CommandLine;
using EcsScaling.Cli.Simulate;

namespace EcsScaling.Cli.Tests.Simulate;

public class SimulateCommandTests
{
    private static ParseResult Parse(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(SimulateCommand.Create());
        return root.Parse(args);
    }

    [Fact]
    public void Defaults_to_the_demo_with_seed_1_and_text_output()
    {
        var result = Parse("simulate");
        Assert.Empty(result.Errors);
        Assert.Equal("demo", result.GetValue<string>("--scenario"));
        Assert.Equal(1, result.GetValue<int>("--seed"));
        Assert.Equal("text", result.GetValue<string>("--output"));
        Assert.Null(result.GetValue<string?>("--report"));
    }

    [Fact]
    public void Report_takes_the_html_file_to_write()
    {
        var result = Parse("simulate", "--report", "day.html");
        Assert.Empty(result.Errors);
        Assert.Equal("day.html", result.GetValue<string?>("--report"));
    }

    [Theory]
    [InlineData("--scenario", "nope")]
    [InlineData("--output", "yaml")]
    [InlineData("--seed", "abc")]
    public void Bad_values_are_rejected_with_an_error_naming_them(string option, string value)
    {
        var result = Parse("simulate", option, value);
        var error = Assert.Single(result.Errors);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }
}

using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Tests.Configuration;

public class EnvironmentReaderTests
{
    private static EnvironmentReader Reader(params (string Name, string? Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Blank_values_are_unset_and_lists_are_trimmed_without_duplicates()
    {
        var reader = Reader(("LIST", " a, b ,a,, "), ("BLANK", "  "));

        Assert.Equal(["a", "b"], reader.Names("LIST"));
        Assert.Null(reader.Value("BLANK"));
        Assert.Empty(reader.Names("MISSING"));
        Assert.True(reader.Bool("BLANK", fallback: true));
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public void Typed_values_parse_with_the_invariant_culture_and_respect_their_minimum()
    {
        var reader = Reader(("B", "False"), ("I", "7"), ("D", "0.25"), ("M", "3"), ("C", "FIX"));

        Assert.False(reader.Bool("B", fallback: true));
        Assert.Equal(7, reader.Int("I", 1, min: 1));
        Assert.Equal(0.25, reader.Double("D", 1, min: 0));
        Assert.Equal(TimeSpan.FromMinutes(3), reader.Minutes("M", TimeSpan.FromMinutes(1), min: 1));
        Assert.Equal(2, reader.Choice("C", 0, ("report", 1), ("fix", 2)));
        Assert.Equal(TimeSpan.FromMinutes(9), reader.Minutes("UNSET", TimeSpan.FromMinutes(9), min: 1));
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public void Every_bad_value_is_named_once_and_the_fallback_stands_in()
    {
        var reader = Reader(("B", "yes"), ("I", "0"), ("D", "NaN"), ("C", "repair"));

        Assert.True(reader.Bool("B", fallback: true));
        Assert.Equal(5, reader.Int("I", 5, min: 1));
        Assert.Equal(1, reader.Double("D", 1, min: 0));
        Assert.Equal(1, reader.Choice("C", 1, ("report", 1), ("fix", 2)));
        reader.Names("REQUIRED", required: true);

        Assert.Equal(
        [
            "B: 'yes' is not true or false.",
            "I: '0' is not a whole number ≥ 1.",
            "D: 'NaN' is not a number ≥ 0.",
            "C: 'repair' is not one of report, fix.",
            "REQUIRED: is required (a comma-separated list of names).",
        ], reader.Problems);
        var error = Assert.Throws<ConfigurationException>(() => reader.Checked("test", 0));
        Assert.Equal(reader.Problems, error.Problems);
        Assert.StartsWith("Invalid test configuration:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_texts_apply_when_a_variable_is_unset()
    {
        var reader = new EnvironmentReader(new Dictionary<string, string?> { ["SET"] = "x" }, name => name == "UNSET" ? "2h" : null);

        Assert.Equal("x", reader.Value("SET"));
        Assert.Equal("2h", reader.Value("UNSET"));
        Assert.Equal(3, reader.Checked("test", 3));
    }
}

using EcsScaling.Core.Drain;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Documentation;

/// <summary>Keeps the README's configuration table and function list true to the code.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Samples.Directory, "..", "README.md"));

    public static TheoryData<string> Variables()
    {
        var data = new TheoryData<string>();
        foreach (var name in DrainVariables.All.Select(v => v.Name)
                     .Concat(RebalanceVariables.All.Select(v => v.Name))
                     .Concat(PolicyVariables.All.Select(v => v.Name))
                     .Concat(ClusterMetricsVariables.All.Select(v => v.Name))
                     .Append(FunctionCatalog.DryRunVariable)
                     .Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variables))]
    public void Every_configuration_variable_is_in_the_README_table(string variable) =>
        Assert.Contains($"| `{variable}` |", Readme, StringComparison.Ordinal);

    [Fact]
    public void Every_function_is_in_the_README_function_table()
    {
        var functions = FunctionCatalog.Create(() => throw new InvalidOperationException("unused"), TimeProvider.System, new Core.Observability.CapturingTelemetry(), new Dictionary<string, string?>());

        Assert.All(functions.Names, name => Assert.Contains($"| `{name}` |", Readme, StringComparison.Ordinal));
    }
}

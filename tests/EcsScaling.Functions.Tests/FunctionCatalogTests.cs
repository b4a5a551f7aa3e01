using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.ParseEvent;

namespace EcsScaling.Functions.Tests;

public class FunctionCatalogTests
{
    [Fact]
    public void Parse_event_starts_without_creating_gateways()
    {
        var created = 0;
        var catalog = FunctionCatalog.Create(() => { created++; throw new InvalidOperationException("no AWS here"); }, TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>());

        var function = catalog.Resolve(ParseEventFunction.Name);

        Assert.Equal(ParseEventFunction.Name, function.Name);
        Assert.Equal(0, created);
        Assert.Contains(ParseEventFunction.Name, catalog.Names);
    }

    [Fact]
    public void Missing_dependencies_are_refused_at_composition()
    {
        Assert.Throws<ArgumentNullException>(() => FunctionCatalog.Create((Func<GatewaySet>)null!, TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>()));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void A_dry_run_value_other_than_true_or_false_is_refused_rather_than_acting_for_real(string value)
    {
        var error = Assert.Throws<Core.Configuration.ConfigurationException>(() =>
            FunctionCatalog.Create(() => throw new InvalidOperationException("no AWS here"), TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?> { [FunctionCatalog.DryRunVariable] = value }));

        Assert.Equal($"ECS_SCALING_DRY_RUN: '{value}' is not true or false.", Assert.Single(error.Problems));
        Assert.True(FunctionCatalog.DryRun(new Dictionary<string, string?> { [FunctionCatalog.DryRunVariable] = "TRUE" }));
        Assert.False(FunctionCatalog.DryRun(new Dictionary<string, string?>()));
    }
}

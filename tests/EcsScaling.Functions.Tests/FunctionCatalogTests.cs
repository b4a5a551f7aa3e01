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

    [Fact]
    public void Drain_with_invalid_configuration_fails_at_init_naming_the_variable()
    {
        var catalog = FunctionCatalog.Create(() => throw new InvalidOperationException("no AWS here"), TimeProvider.System, new CapturingTelemetry(),
            new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "prod", ["ECS_SCALING_ASG_NAMES"] = "prod-asg", ["ECS_SCALING_MAX_DRAIN_TIME"] = "90x" });

        var error = Assert.ThrowsAny<Exception>(() => catalog.Resolve(FunctionCatalog.Drain));

        Assert.Contains("ECS_SCALING_MAX_DRAIN_TIME", error.Message, StringComparison.Ordinal);
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

    [Fact]
    public void Cluster_metrics_with_invalid_configuration_fails_before_any_gateway_is_created()
    {
        var created = 0;
        var catalog = FunctionCatalog.Create(() => { created++; throw new InvalidOperationException("no AWS here"); }, TimeProvider.System, new CapturingTelemetry(),
            new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "prod", ["ECS_SCALING_METRICS_READ_TASKS"] = "off" });

        var error = Assert.Throws<Core.Configuration.ConfigurationException>(() => catalog.Resolve(FunctionCatalog.ClusterMetrics));

        Assert.Equal("ECS_SCALING_METRICS_READ_TASKS: 'off' is not true or false.", Assert.Single(error.Problems));
        Assert.Equal(0, created);
    }

    [Fact]
    public void Policies_loads_the_packaged_document_next_to_the_binary()
    {
        var catalog = FunctionCatalog.Create(new GatewaySet(null!, null!, null!, null!, null!), TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>());

        var function = catalog.Resolve(FunctionCatalog.Policies);

        Assert.Equal(FunctionCatalog.Policies, function.Name);
    }

    [Fact]
    public void Policies_with_a_missing_document_names_the_variable()
    {
        var catalog = FunctionCatalog.Create(new GatewaySet(null!, null!, null!, null!, null!), TimeProvider.System, new CapturingTelemetry(),
            new Dictionary<string, string?> { ["ECS_SCALING_POLICY_DOCUMENT"] = "policies/missing.json" });

        var error = Assert.Throws<FileNotFoundException>(() => catalog.Resolve(FunctionCatalog.Policies));

        Assert.Contains("ECS_SCALING_POLICY_DOCUMENT", error.Message, StringComparison.Ordinal);
    }
}

using EcsScaling.Core.Observability;
using EcsScaling.Functions.ClusterMetrics;

namespace EcsScaling.Functions.Tests.ClusterMetrics;

public class ClusterMetricsFunctionTests
{
    [Fact]
    public void Cluster_metrics_with_invalid_configuration_fails_before_any_gateway_is_created()
    {
        var created = 0;
        var catalog = FunctionCatalog.Create(() => { created++; throw new InvalidOperationException("no AWS here"); }, TimeProvider.System, new CapturingTelemetry(),
            new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "prod", ["ECS_SCALING_METRICS_READ_TASKS"] = "off" });

        var error = Assert.Throws<Core.Configuration.ConfigurationException>(() => catalog.Resolve(ClusterMetricsFunction.Name));

        Assert.Equal("ECS_SCALING_METRICS_READ_TASKS: 'off' is not true or false.", Assert.Single(error.Problems));
        Assert.Equal(0, created);
    }
}

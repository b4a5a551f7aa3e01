using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Tests.Support;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.ClusterMetrics;

public class ClusterMetricsFailedExceptionTests
{
    private static ClusterMetricsReport Published(string cluster) => new(cluster, 0.1, 50, 40, 3, 0, 0, 2, null);

    private static ClusterMetricsReport Failed(string cluster, string error) => new(cluster, null, null, null, 0, 0, 0, 0, error);

    [Fact]
    public void A_run_that_measured_every_cluster_passes_through()
    {
        var result = new ClusterMetricsResult([Published("a"), Published("b")]);

        Assert.Same(result, ClusterMetricsFailedException.ThrowIfAnyFailed(result));
    }

    [Fact]
    public void A_partial_run_is_an_error_naming_the_failed_and_the_published_clusters()
    {
        var result = new ClusterMetricsResult([Published("a"), Failed("b", "ecs.ListTasks failed: ServerException")]);

        var error = Assert.Throws<ClusterMetricsFailedException>(() => ClusterMetricsFailedException.ThrowIfAnyFailed(result));

        Assert.Equal("cluster metrics failed for 1 of 2 clusters: cluster b: ecs.ListTasks failed: ServerException; published: a", error.Message);
    }

    [Fact]
    public void The_function_answers_an_error_when_every_cluster_failed()
    {
        var (sim, invoke) = FailingAws.ScheduledTick(ClusterMetricsFunction.Name, new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = StandardCluster.Cluster });

        var error = Assert.Throws<ClusterMetricsFailedException>(() => sim.Run(invoke));

        Assert.StartsWith($"cluster metrics failed for 1 of 1 clusters: cluster {StandardCluster.Cluster}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; none published", error.Message, StringComparison.Ordinal);
    }
}

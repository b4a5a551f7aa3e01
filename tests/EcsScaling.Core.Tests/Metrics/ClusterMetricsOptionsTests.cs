using EcsScaling.Core.Metrics;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Tests.Metrics;

public class ClusterMetricsOptionsTests
{
    private static Dictionary<string, string?> Environment(string? readTasks, string? clusters = "prod, staging ,prod") => new()
    {
        ["ECS_SCALING_CLUSTERS"] = clusters,
        [ClusterMetricsOptions.ReadTasksVariable] = readTasks,
    };

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("TRUE", true)]
    public void Task_reads_are_on_unless_turned_off(string? value, bool readsTasks)
    {
        var options = ClusterMetricsOptions.FromEnvironment(Environment(value));

        Assert.Equal(readsTasks, options.MeasureServiceSpread);
        Assert.Equal(["prod", "staging"], options.Clusters);
    }

    [Fact]
    public void A_bad_value_and_a_missing_cluster_list_are_named_together()
    {
        var error = Assert.Throws<ConfigurationException>(() => ClusterMetricsOptions.FromEnvironment(Environment("off", clusters: null)));

        Assert.Equal(
        [
            "ECS_SCALING_METRICS_READ_TASKS: 'off' is not true or false.",
            "ECS_SCALING_CLUSTERS: is required (a comma-separated list of names).",
        ], error.Problems);
    }
}

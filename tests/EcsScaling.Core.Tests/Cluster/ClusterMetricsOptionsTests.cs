using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Tests.Clusters;

public class ClusterMetricsOptionsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("TRUE", true)]
    public void Task_reads_are_on_unless_turned_off(string? value, bool readsTasks)
    {
        var options = ClusterMetricsOptions.FromEnvironment(new Dictionary<string, string?> { [ClusterMetricsOptions.ReadTasksVariable] = value });

        Assert.Equal(readsTasks, options.MeasureServiceSpread);
    }

    [Fact]
    public void A_value_other_than_true_or_false_is_named()
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            ClusterMetricsOptions.FromEnvironment(new Dictionary<string, string?> { [ClusterMetricsOptions.ReadTasksVariable] = "off" }));

        Assert.Equal("ECS_SCALING_METRICS_READ_TASKS: 'off' is not true or false.", Assert.Single(error.Problems));
    }
}

using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Status;
using EcsScaling.Functions.Tests.Ops;

namespace EcsScaling.Functions.Tests.Status;

/// <summary>The status command through the ops function on the simulator.</summary>
public class StatusReaderTests
{
    private readonly OpsSimulation _ops = new();

    [Fact]
    public void Status_measures_the_cluster_and_lists_drains_in_progress()
    {
        var draining = _ops.BusyInstance();
        _ops.Run(new DrainCommand(draining, DryRun: false));

        var response = _ops.Run(new StatusCommand(null));

        var cluster = Assert.Single(response.Status!.Clusters);
        Assert.Equal(9, cluster.Measurement.Instances.Count);
        var progress = Assert.Single(cluster.Draining);
        Assert.Equal(draining, progress.Ec2InstanceId);
        Assert.Equal("manual", progress.Reason);
        Assert.Equal(_ops.Sim.Clock.GetUtcNow(), progress.DrainStarted);
        Assert.True(response.DryRun);
    }

    [Fact]
    public void Status_without_any_cluster_is_refused()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "" });

        var error = Assert.Throws<ArgumentException>(() => ops.Run(new StatusCommand(null)));

        Assert.Contains("ECS_SCALING_CLUSTERS", error.Message, StringComparison.Ordinal);
    }
}

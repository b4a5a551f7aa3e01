using EcsScaling.Core.Clusters;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Tests.Support;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.Rebalance;

public class RebalanceFailedExceptionTests
{
    [Fact]
    public void Results_without_a_failure_pass_through()
    {
        IReadOnlyList<RebalanceResult> results = [RebalanceResult.Of("a", RebalanceOutcome.CoolingDown, "cooling"), RebalanceResult.Of("b", RebalanceOutcome.Aborted, "floor")];

        Assert.Same(results, RebalanceFailedException.ThrowIfAnyFailed(results));
    }

    [Fact]
    public void A_failed_cluster_is_named_with_its_reason()
    {
        IReadOnlyList<RebalanceResult> results = [RebalanceResult.Of("a", RebalanceOutcome.WaveStarted, "started"), RebalanceResult.Of("b", RebalanceOutcome.Failed, "ecs.ListTasks failed: ServerException")];

        var error = Assert.Throws<RebalanceFailedException>(() => RebalanceFailedException.ThrowIfAnyFailed(results));

        Assert.Equal("rebalance failed for cluster b: ecs.ListTasks failed: ServerException", error.Message);
    }

    [Fact]
    public void The_rebalance_function_reports_a_run_that_failed_on_AWS_as_an_error_so_Lambda_retries_it()
    {
        var (sim, invoke) = FailingAws.ScheduledTick(RebalanceFunction.Name, new Dictionary<string, string?>
        {
            [ManagedClusters.Variable] = StandardCluster.Cluster,
            [RebalanceVariables.StartOnSchedule] = "true",
        });

        var error = Assert.Throws<RebalanceFailedException>(() => sim.Run(invoke));

        Assert.StartsWith($"rebalance failed for cluster {StandardCluster.Cluster}: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sim.Api.Calls.MutatingAttempts.Values.Sum(c => c));
    }
}

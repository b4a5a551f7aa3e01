using System.Text.Json;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Core.Tests.Rebalance;

public class RebalanceJsonContextTests
{
    [Fact]
    public void A_dry_run_result_serializes_with_its_plan_in_camel_case_and_named_outcomes()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-old");
        cluster.Instance("i-new");
        cluster.Service("web", 4, 50, 200, ClusterBuilder.SpreadInstance);
        cluster.Tasks("web", "i-old", 4);
        var plan = RebalancePlanner.Plan(cluster.Snapshot(), new HashSet<string>(), new RebalanceOptions(), ClusterBuilder.Now);
        var result = RebalanceRunResult.Of("prod", RebalanceOutcome.DryRun, "dry run", 1, plan);

        var json = JsonSerializer.Serialize(result, RebalanceJsonContext.Default.RebalanceRunResult);
        var back = JsonSerializer.Deserialize(json, RebalanceJsonContext.Default.RebalanceRunResult)!;

        Assert.Contains("\"outcome\":\"DryRun\"", json, StringComparison.Ordinal);
        Assert.Contains("\"why\":", json, StringComparison.Ordinal);
        Assert.Equal(plan.Moves.Count, back.Plan!.Moves.Count);
        Assert.Equal(plan.Moves[0], back.Plan.Moves[0]);
    }
}

using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Rebalance;

public class RebalanceResultJsonTests
{
    [Fact]
    public void Run_results_are_what_the_reference_serializer_writes()
    {
        Assert.Equal(ReferenceJson.Of(ResultSamples.Rebalance), ReferenceJson.Written(ResultSamples.Rebalance, RebalanceResultJson.WriteAll));
    }

    [Fact]
    public void A_run_result_carries_its_plan_with_moves_and_outcomes_by_name()
    {
        var json = ReferenceJson.Written(ResultSamples.Rebalance[0], RebalanceResultJson.Write);

        Assert.StartsWith(
            """{"cluster":"prod","outcome":"DryRun","reason":"dry run","wave":1,"plan":{"cluster":"prod","plannedAt":"2026-11-27T03:00:00+00:00","scoreBefore":0.5,"scoreAfter":0.25,"targetScore":0.15,"moves":[{"step":1,"service":"web","taskArn":"arn:task/1","fromContainerInstanceArn":"arn:ci/old","fromEc2InstanceId":"i-old","fromZone":"a","toContainerInstanceArn":"arn:ci/new","toEc2InstanceId":"i-new","taskCpu":256,"taskMemoryMiB":512,"why":"spread","scoreBefore":0.5,"scoreAfter":0.25,"kind":"Consolidate"},""",
            json,
            StringComparison.Ordinal);
        Assert.EndsWith("""
            "excludedTasks":{"daemon":2,"young":1},"limitsReached":["wave cap"],"disruptionBudgets":[],"summary":"1 move","isEmpty":false,"heldByBudget":false},"stoppedTaskArns":[]}
            """, json, StringComparison.Ordinal);
    }
}

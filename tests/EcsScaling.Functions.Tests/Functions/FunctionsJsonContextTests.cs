using System.Text.Json;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Functions;
using EcsScaling.Functions.Ops;

namespace EcsScaling.Functions.Tests.Functions;

/// <summary>The exact JSON every function returns: camelCase, enums by name, nulls omitted.</summary>
public class FunctionsJsonContextTests
{
    private static readonly FunctionsJsonContext Json = FunctionsJsonContext.Default;

    private static readonly DrainResult Drain = new("LifecycleActionEvent", DryRun: true, [
        new DrainDecision("terminate-hook", "i-1", "start draining", [
            new DrainAction(DrainActionKind.PutAttributes, "arn:ci/1", "prod", Attributes: new Dictionary<string, string> { ["ecs-scaling.drain-started"] = "2026-11-27T03:00:00Z" }),
            new DrainAction(DrainActionKind.SetDraining, "arn:ci/1", "prod"),
        ], GroupName: "asg", DrainSeconds: 1.5, Outcome: DrainOutcome.Planned),
    ]);

    [Fact]
    public void A_drain_result_is_plain_camel_case_data_with_action_kinds_by_name()
    {
        Assert.Equal(
            """{"event":"LifecycleActionEvent","dryRun":true,"decisions":[{"step":"terminate-hook","instanceId":"i-1","reason":"start draining","actions":[{"kind":"PutAttributes","target":"arn:ci/1","cluster":"prod","attributes":{"ecs-scaling.drain-started":"2026-11-27T03:00:00Z"}},{"kind":"SetDraining","target":"arn:ci/1","cluster":"prod"}],"groupName":"asg","drainSeconds":1.5,"forced":false,"outcome":"planned"}]}""",
            JsonSerializer.Serialize(Drain, Json.DrainResult));
    }

    [Fact]
    public void A_rebalance_run_list_carries_its_plan_moves_and_outcomes_by_name()
    {
        var move = new PlannedMove(1, "web", "arn:task/1", "arn:ci/old", "i-old", "a", "arn:ci/new", "i-new", "b", 256, 512, "spread", 0.5, 0.25, MoveKind.Spread);
        var plan = new RebalancePlan("prod", new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero), 0.5, 0.25, 0.15, [move], null,
            [new SkippedService("db", "opted out")], new Dictionary<string, int> { ["daemon"] = 2 }, [], "1 move");
        IReadOnlyList<RebalanceRunResult> runs = [RebalanceRunResult.Of("prod", RebalanceOutcome.DryRun, "dry run", 1, plan)];

        var json = JsonSerializer.Serialize(runs, Json.IReadOnlyListRebalanceRunResult);

        Assert.Equal(
            """[{"cluster":"prod","outcome":"DryRun","reason":"dry run","wave":1,"plan":{"cluster":"prod","plannedAt":"2026-11-27T03:00:00+00:00","scoreBefore":0.5,"scoreAfter":0.25,"targetScore":0.15,"moves":[{"step":1,"service":"web","taskArn":"arn:task/1","fromContainerInstanceArn":"arn:ci/old","fromEc2InstanceId":"i-old","fromZone":"a","toContainerInstanceArn":"arn:ci/new","toEc2InstanceId":"i-new","toZone":"b","taskCpu":256,"taskMemoryMiB":512,"why":"spread","scoreBefore":0.5,"scoreAfter":0.25,"kind":"Spread"}],"skippedServices":[{"service":"db","reason":"opted out"}],"excludedTasks":{"daemon":2},"limitsReached":[],"summary":"1 move","isEmpty":false},"stoppedTaskArns":[]}]""",
            json);
    }

    [Fact]
    public void A_policy_result_names_its_outcome_and_the_kinds_of_drift()
    {
        var drift = new DriftItem(ScalableResourceKind.EcsService, "service/prod/web", DriftSubject.Policy, "cpu", DriftAction.Update, [new FieldDifference("targetValue", "50", "70")]);
        var result = new PolicyResult(PolicyOutcome.Drift, "default", null, DryRun: false, [drift], "1 difference");

        Assert.Equal(
            """{"outcome":"Drift","profile":"default","dryRun":false,"changes":[{"resourceKind":"EcsService","resourceId":"service/prod/web","subject":"Policy","name":"cpu","action":"Update","differences":[{"field":"targetValue","expected":"50","actual":"70"}]}],"message":"1 difference"}""",
            JsonSerializer.Serialize(result, Json.PolicyResult));
    }

    [Fact]
    public void A_cluster_metrics_summary_omits_what_a_failed_cluster_could_not_measure()
    {
        var summary = new ClusterMetricsSummary([
            new ClusterMetricsReport("prod", 0.1, 40, 50.5, 3, 1, 0, 2, null),
            new ClusterMetricsReport("missing", null, null, null, 0, 0, 0, 0, "ClusterNotFoundException"),
        ]);

        Assert.Equal(
            """{"clusters":[{"cluster":"prod","imbalanceScore":0.1,"cpuReservationPercent":40,"memoryReservationPercent":50.5,"activeInstances":3,"drainingInstances":1,"emptyInstances":0,"services":2},{"cluster":"missing","activeInstances":0,"drainingInstances":0,"emptyInstances":0,"services":0,"error":"ClusterNotFoundException"}]}""",
            JsonSerializer.Serialize(summary, Json.ClusterMetricsSummary));
    }

    [Fact]
    public void The_ops_response_writes_only_the_result_that_applies()
    {
        var json = JsonSerializer.Serialize(new OpsResponse("drain", DryRun: true, Drain: Drain), Json.OpsResponse);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("drain", document.RootElement.GetProperty("command").GetString());
        Assert.Equal(JsonSerializer.Serialize(Drain, Json.DrainResult), document.RootElement.GetProperty("drain").GetRawText());
        Assert.False(document.RootElement.TryGetProperty("rebalance", out _));
    }
}

using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Forecast;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>Results with every member set (and some left null), for comparing writers with the reference serializer.</summary>
public static class ResultSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    public static DrainResult Drain { get; } = new("LifecycleActionEvent", DryRun: true, [
        new DrainDecision("terminate-hook", "i-1", "start draining", [
            new PutAttributesAction("arn:ci/1", "prod", new Dictionary<string, string> { ["ecs-scaling.drain-started"] = "2026-11-27T03:00:00Z" }),
            new SetDrainingAction("arn:ci/1", "prod"),
        ], GroupName: "asg", DrainSeconds: 1.5, Outcome: DrainOutcome.Planned),
        new DrainDecision("complete", "i-2", "drained", [
            new StopTaskAction("arn:task/9", "prod", "drained"),
            new DeleteAttributesAction("arn:ci/2", "prod", ["a", "b"]),
            new SetActiveAction("arn:ci/2", "prod"),
            new HeartbeatAction("asg", "hook", "i-2"),
            new CompleteLifecycleAction("asg", "hook", "i-2", LifecycleResult.Continue),
            new SetScaleInProtectionAction("asg", ["i-2", "i-3"], Protect: false),
        ], "asg", "prod", "arn:ci/2", "hook", ["arn:task/9"], 42.25, Forced: true, DrainOutcome.Applied),
        new DrainDecision("sweep", "i-4", "held past its bound", [new CompleteLifecycleAction("asg", "hook", "i-4", LifecycleResult.Abandon)], "asg", Outcome: DrainOutcome.Applied)
        {
            Abandonment = new DrainAbandonment(["checkout"], ["checkout=45m"], AbandonEffect.Retained),
        },
    ]);

    public static RebalancePlan Plan { get; } = new("prod", Now, 0.5, 0.25, 0.15,
        [new PlannedMove(1, "web", "arn:task/1", "arn:ci/old", "i-old", "a", "arn:ci/new", "i-new", null, 256, 512, "spread", 0.5, 0.25, MoveKind.Consolidate),
         new PlannedMove(2, "api", "arn:task/2", "arn:ci/old", "i-old", null, "arn:ci/new", "i-new", "b", 512, 1024, "spread", 0.25, 0.2, MoveKind.Spread)],
        new PlannedInstanceDrain("arn:ci/old", "i-old", ["web", "api"], 3, "most loaded", 0.1),
        [new SkippedService("db", "opted out")], new Dictionary<string, int> { ["daemon"] = 2, ["young"] = 1 }, ["wave cap"], [], "1 move");

    public static IReadOnlyList<RebalanceResult> Rebalance { get; } = [
        RebalanceResult.Of("prod", RebalanceOutcome.DryRun, "dry run", 1, Plan),
        new RebalanceResult("other", RebalanceOutcome.CoolingDown, "cooling down", 0, null, ["arn:task/2"]),
    ];

    public static PolicyResult Policy { get; } = new(PolicyOutcome.ProfileSwitched, "peak", "normal", DryRun: false, [
        new DriftItem(ScalableResourceKind.EcsService, "service/prod/web", DriftSubject.Policy, "cpu", DriftAction.Update, [new FieldDifference("targetValue", "50", null), new FieldDifference("disableScaleIn", null, "true")]),
    ], "switched");

    /// <summary>A drift report with a ForecastOnly policy's forecast, and one AWS has no forecast for yet.</summary>
    public static PolicyResult PolicyDrift { get; } = new(PolicyOutcome.NoChange, "normal", null, DryRun: true, [], "AWS matches profile normal", [
        new ForecastComparison("service/prod/web", "ecs-scaling-forecast", 4, [new ForecastPoint(Now, 5), new ForecastPoint(Now.AddHours(1), 7.5)], Now.AddHours(-1), null),
        new ForecastComparison("service/prod/api", "ecs-scaling-forecast", null, [], null, "no forecast yet"),
    ]);

    public static ClusterMetricsResult Metrics { get; } = new([
        new ClusterMetricsReport("prod", 0.1, 40, 50.5, 3, 1, 2, 2, null) { ScaleIn = new EmptyInstancePlan("prod", "asg", ["i-3", "i-4"], ["i-3"], 3, 2, 2, null) },
        new ClusterMetricsReport("missing", null, null, null, 0, 0, 0, 0, "ClusterNotFoundException"),
    ]);

    public static ClusterMeasurement Measurement { get; } = new("prod",
        [new InstanceLoad("arn:ci/1", "i-1", "eu-west-1a", ContainerInstanceStatus.Draining, 4, new Resources(2048, 4096), new Resources(512, 1024)),
         new InstanceLoad("arn:ci/2", "i-2", null, ContainerInstanceStatus.Active, 0, new Resources(0, 0), new Resources(0, 0))],
        [new ZoneLoad("eu-west-1a", 1, 4, new Resources(2048, 4096), new Resources(512, 1024))],
        [new ServiceSpread("web", 4, 4, 0, new Dictionary<string, int> { ["eu-west-1a"] = 4 }, 2, 0)],
        0.2, 0.75, 25, 25.5, 1, 1, 150);

    public static OpsResponse Status { get; } = new("status", DryRun: false, Status: new StatusReport(
        [new ClusterStatus(Measurement, [new DrainProgress("i-1", "arn:ci/1", 4, Now, "scale-in"), new DrainProgress("i-3", "arn:ci/3", 0, null, null),
            new DrainProgress("i-4", "arn:ci/4", 1, Now.AddHours(-1), "scale-in", new AbandonedDrain(Now, ["checkout"], "Terminating:Retained", true, "retained by prod-asg (held by checkout): inspect it"))])],
        new ActiveProfile("peak", Now, ActiveProfile.ManualSource, Now.AddMinutes(-5)),
        new LifecycleHookScope(["prod-asg"], ["ecs-scaling-drain"], [])));

    public static OpsResponse Everything { get; } = new("all", DryRun: true, Status.Status, Drain, Rebalance[0], Policy);
}

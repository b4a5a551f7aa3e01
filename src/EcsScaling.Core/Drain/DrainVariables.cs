using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>The environment variables of the drain function, for README and template.yaml (copy from <see cref="All"/>).</summary>
public static class DrainVariables
{
    public const string AutoScalingGroups = "ECS_SCALING_ASG_NAMES";
    public const string TerminateHooks = "ECS_SCALING_TERMINATE_HOOK_NAMES";
    public const string LaunchHooks = "ECS_SCALING_LAUNCH_HOOK_NAMES";
    public const string StandaloneTaskGrace = "ECS_SCALING_STANDALONE_TASK_GRACE";
    public const string MaxDrainTime = "ECS_SCALING_MAX_DRAIN_TIME";
    public const string MaxDrainTimeResult = "ECS_SCALING_MAX_DRAIN_TIME_RESULT";
    public const string SpotInterruption = "ECS_SCALING_SPOT_INTERRUPTION";
    public const string RebalanceRecommendation = "ECS_SCALING_REBALANCE_RECOMMENDATION";
    public const string RecommendationMaxShare = "ECS_SCALING_REBALANCE_RECOMMENDATION_MAX_SHARE";
    public const string ProtectedGroups = "ECS_SCALING_SCALE_IN_PROTECTION_ASG_NAMES";
    public const string HeartbeatMargin = "ECS_SCALING_HEARTBEAT_MARGIN";
    public const string SweepInterval = "ECS_SCALING_SWEEP_INTERVAL";
    public const string QueueConcurrency = "ECS_SCALING_QUEUE_CONCURRENCY";
    public const string DeliveryMode = "ECS_SCALING_DELIVERY_MODE";
    public const string AbandonAfter = "ECS_SCALING_DRAIN_ABANDON_AFTER";
    public const string AbandonWithoutRetention = "ECS_SCALING_DRAIN_ABANDON_WITHOUT_RETENTION";

    public static IReadOnlyList<ConfigurationVariable> All { get; } =
    [
        new(ManagedClusters.Variable, null, ManagedClusters.Description),
        new(AutoScalingGroups, null, "Comma-separated Auto Scaling group names whose hooks we complete (required)."),
        new(TerminateHooks, "ecs-scaling-drain", "Comma-separated terminate lifecycle hook names we own; never ecs-managed-draining-termination-hook."),
        new(LaunchHooks, "", "Comma-separated launch lifecycle hook names we own; empty = no launch hook. Give the hook DefaultResult ABANDON."),
        new(StandaloneTaskGrace, "10m", "After this long draining, standalone (non-service) tasks are stopped by us."),
        new(MaxDrainTime, "2h", "After this long draining, the lifecycle action is completed anyway."),
        new(MaxDrainTimeResult, LifecycleResultText.Wire.Of(LifecycleResult.Continue), $"Result sent at the max drain time: {LifecycleResultText.Wire.Expected}."),
        new(SpotInterruption, "drain", "On a Spot interruption warning: drain or ignore."),
        new(RebalanceRecommendation, "ignore", "On an EC2 rebalance recommendation: drain or ignore."),
        new(RecommendationMaxShare, "10", "On rebalance recommendations alone, at most this percent of a cluster's instances (at least one) drain at once."),
        new(ProtectedGroups, "", "Comma-separated ASG names (subset of ECS_SCALING_ASG_NAMES) whose busy instances keep scale-in protection."),
        new(HeartbeatMargin, "2m", "Send a lifecycle heartbeat when the hook would time out within one sweep interval plus this margin."),
        new(SweepInterval, "1m", "How often the sweeper schedule fires (must match the schedule rule)."),
        new(DeliveryMode, "events", "events (each event invokes the function) or queue (events arrive in SQS batches, which also finish the drains they start: a mass-drain sweep leaves recent ones to them)."),
        new(DisruptionBudgetsParser.Variable, "", "Disruption budgets (see Disruption budgets): lifecycle drains past them go ahead and are counted; recommendation and manual drains wait."),
        new(QueueConcurrency, "2", "Queue mode: the SQS event source's MaximumConcurrency; each batch paces its ECS calls to its share of the account's rate."),
        new(AbandonAfter, "", $"Abandon bounds, {AbandonBoundsParser.Syntax}: a drain a task of that service still holds this long after it started is completed with ABANDON, so a group that retains abandoned instances keeps the instance for a person to look at."),
        new(AbandonWithoutRetention, "wait", "At an abandon bound on a group without a retention policy, where ABANDON terminates the instance: wait (go on to the max drain time, warning) or abandon (ABANDON anyway)."),
    ];
}

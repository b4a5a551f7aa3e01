using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Rebalance;

/// <summary>The rebalance function's answer: one run result per cluster, with the plan it followed.</summary>
public static class RebalanceResultJson
{
    public static void WriteAll(Utf8JsonWriter w, IReadOnlyList<RebalanceResult> results) => w.Values(results, Write);

    public static void Write(Utf8JsonWriter w, RebalanceResult r) => w.Members(r, WriteMembers);

    public static void WriteMembers(Utf8JsonWriter w, RebalanceResult r) =>
        w.String("cluster", r.Cluster).Name("outcome", r.Outcome).String("reason", r.Reason).Number("wave", r.Wave)
            .Object("plan", r.Plan, WritePlan).Strings("stoppedTaskArns", r.StoppedTaskArns);

    private static void WritePlan(Utf8JsonWriter w, RebalancePlan p) =>
        w.String("cluster", p.Cluster).Time("plannedAt", p.PlannedAt).Number("scoreBefore", p.ScoreBefore).Number("scoreAfter", p.ScoreAfter)
            .Number("targetScore", p.TargetScore).Objects("moves", p.Moves, WriteMove).Object("drain", p.Drain, WriteDrain)
            .Objects("skippedServices", p.SkippedServices, WriteSkipped).Map("excludedTasks", p.ExcludedTasks)
            .Strings("limitsReached", p.LimitsReached).Objects("disruptionBudgets", p.DisruptionBudgets, WriteHold)
            .String("summary", p.Summary).Boolean("isEmpty", p.IsEmpty).Boolean("heldByBudget", p.HeldByBudget);

    private static void WriteHold(Utf8JsonWriter w, BudgetHold h)
    {
        BudgetJson.WriteCheck(w, h.Check);
        w.Strings("heldBackInstances", h.HeldBackInstances);
    }

    private static void WriteMove(Utf8JsonWriter w, PlannedMove m) =>
        w.Number("step", m.Step).String("service", m.Service).String("taskArn", m.TaskArn)
            .String("fromContainerInstanceArn", m.FromContainerInstanceArn).String("fromEc2InstanceId", m.FromEc2InstanceId).String("fromZone", m.FromZone)
            .String("toContainerInstanceArn", m.ToContainerInstanceArn).String("toEc2InstanceId", m.ToEc2InstanceId).String("toZone", m.ToZone)
            .Number("taskCpu", m.TaskCpu).Number("taskMemoryMiB", m.TaskMemoryMiB).String("why", m.Why)
            .Number("scoreBefore", m.ScoreBefore).Number("scoreAfter", m.ScoreAfter).Name("kind", m.Kind);

    private static void WriteDrain(Utf8JsonWriter w, PlannedInstanceDrain d) =>
        w.String("containerInstanceArn", d.ContainerInstanceArn).String("ec2InstanceId", d.Ec2InstanceId).Strings("services", d.Services)
            .Number("tasksToReplace", d.TasksToReplace).String("why", d.Why).Number("scoreAfter", d.ScoreAfter);

    private static void WriteSkipped(Utf8JsonWriter w, SkippedService s) => w.String("service", s.Service).String("reason", s.Reason);
}

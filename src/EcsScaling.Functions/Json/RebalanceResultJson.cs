using System.Text.Json;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Functions.Json;

/// <summary>The rebalance function's answer: one run result per cluster, with the plan it followed.</summary>
public static class RebalanceResultJson
{
    public static void WriteAll(Utf8JsonWriter writer, IReadOnlyList<RebalanceRunResult> results) => writer.WriteArray(results, Write);

    public static void Write(Utf8JsonWriter writer, RebalanceRunResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("cluster", result.Cluster);
        writer.WriteName("outcome", result.Outcome);
        writer.WriteString("reason", result.Reason);
        writer.WriteNumber("wave", result.Wave);
        writer.WriteObject("plan", result.Plan, WritePlan);
        writer.WriteStrings("stoppedTaskArns", result.StoppedTaskArns);
        writer.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter writer, RebalancePlan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("cluster", plan.Cluster);
        writer.WriteString("plannedAt", plan.PlannedAt);
        writer.WriteNumber("scoreBefore", plan.ScoreBefore);
        writer.WriteNumber("scoreAfter", plan.ScoreAfter);
        writer.WriteNumber("targetScore", plan.TargetScore);
        writer.WriteArray("moves", plan.Moves, WriteMove);
        writer.WriteObject("drain", plan.Drain, WriteDrain);
        writer.WriteArray("skippedServices", plan.SkippedServices, WriteSkipped);
        writer.WriteMap("excludedTasks", plan.ExcludedTasks);
        writer.WriteStrings("limitsReached", plan.LimitsReached);
        writer.WriteString("summary", plan.Summary);
        writer.WriteBoolean("isEmpty", plan.IsEmpty);
        writer.WriteEndObject();
    }

    private static void WriteMove(Utf8JsonWriter writer, PlannedMove move)
    {
        writer.WriteStartObject();
        writer.WriteNumber("step", move.Step);
        writer.WriteString("service", move.Service);
        writer.WriteString("taskArn", move.TaskArn);
        writer.WriteString("fromContainerInstanceArn", move.FromContainerInstanceArn);
        writer.WriteString("fromEc2InstanceId", move.FromEc2InstanceId);
        writer.WriteOptional("fromZone", move.FromZone);
        writer.WriteString("toContainerInstanceArn", move.ToContainerInstanceArn);
        writer.WriteString("toEc2InstanceId", move.ToEc2InstanceId);
        writer.WriteOptional("toZone", move.ToZone);
        writer.WriteNumber("taskCpu", move.TaskCpu);
        writer.WriteNumber("taskMemoryMiB", move.TaskMemoryMiB);
        writer.WriteString("why", move.Why);
        writer.WriteNumber("scoreBefore", move.ScoreBefore);
        writer.WriteNumber("scoreAfter", move.ScoreAfter);
        writer.WriteName("kind", move.Kind);
        writer.WriteEndObject();
    }

    private static void WriteDrain(Utf8JsonWriter writer, PlannedDrain drain)
    {
        writer.WriteStartObject();
        writer.WriteString("containerInstanceArn", drain.ContainerInstanceArn);
        writer.WriteString("ec2InstanceId", drain.Ec2InstanceId);
        writer.WriteStrings("services", drain.Services);
        writer.WriteNumber("tasksToReplace", drain.TasksToReplace);
        writer.WriteString("why", drain.Why);
        writer.WriteNumber("scoreAfter", drain.ScoreAfter);
        writer.WriteEndObject();
    }

    private static void WriteSkipped(Utf8JsonWriter writer, SkippedService skipped)
    {
        writer.WriteStartObject();
        writer.WriteString("service", skipped.Service);
        writer.WriteString("reason", skipped.Reason);
        writer.WriteEndObject();
    }
}

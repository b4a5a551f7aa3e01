using System.Text.Json;
using EcsScaling.Core.Drain;

namespace EcsScaling.Functions.Json;

/// <summary>The drain function's answer: every decision with the actions it took or planned.</summary>
public static class DrainResultJson
{
    public static void Write(Utf8JsonWriter writer, DrainResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("event", result.Event);
        writer.WriteBoolean("dryRun", result.DryRun);
        writer.WriteArray("decisions", result.Decisions, WriteDecision);
        writer.WriteEndObject();
    }

    private static void WriteDecision(Utf8JsonWriter writer, DrainDecision decision)
    {
        writer.WriteStartObject();
        writer.WriteString("step", decision.Step);
        writer.WriteOptional("instanceId", decision.InstanceId);
        writer.WriteString("reason", decision.Reason);
        writer.WriteArray("actions", decision.Actions, WriteAction);
        writer.WriteOptional("groupName", decision.GroupName);
        writer.WriteOptional("cluster", decision.Cluster);
        writer.WriteOptional("containerInstanceArn", decision.ContainerInstanceArn);
        writer.WriteOptional("hookName", decision.HookName);
        writer.WriteStrings("remainingTasks", decision.RemainingTasks);
        writer.WriteOptional("drainSeconds", decision.DrainSeconds);
        writer.WriteBoolean("forced", decision.Forced);
        writer.WriteString("outcome", decision.Outcome);
        writer.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter writer, DrainAction action)
    {
        writer.WriteStartObject();
        writer.WriteName("kind", action.Kind);
        writer.WriteString("target", action.Target);
        writer.WriteOptional("cluster", action.Cluster);
        writer.WriteOptional("groupName", action.GroupName);
        writer.WriteOptional("hookName", action.HookName);
        writer.WriteMap("attributes", action.Attributes!);
        writer.WriteStrings("names", action.Names);
        writer.WriteOptional("result", action.Result);
        writer.WriteOptional("reason", action.Reason);
        writer.WriteOptional("protect", action.Protect);
        writer.WriteEndObject();
    }
}

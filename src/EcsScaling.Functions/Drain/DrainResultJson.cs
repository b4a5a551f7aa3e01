using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Drain;

/// <summary>
/// The drain function's answer: every decision with the actions it took or planned; for a queue
/// batch, exactly the answer Lambda reads with ReportBatchItemFailures,
/// {"batchItemFailures":[{"itemIdentifier":"&lt;messageId&gt;"}]} (the decisions are in the log).
/// </summary>
public static class DrainResultJson
{
    public static void Write(Utf8JsonWriter w, DrainResult r)
    {
        if (r.BatchItemFailures is { } failures)
        {
            w.Members(failures, static (m, ids) => m.Objects("batchItemFailures", ids, static (item, id) => item.String("itemIdentifier", id)));
            return;
        }

        w.Members(r, WriteMembers);
    }

    public static void WriteMembers(Utf8JsonWriter w, DrainResult r) =>
        w.String("event", r.Event).Boolean("dryRun", r.DryRun).Objects("decisions", r.Decisions, WriteDecision);

    private static void WriteDecision(Utf8JsonWriter w, DrainDecision d) =>
        w.String("step", d.Step).String("instanceId", d.InstanceId).String("reason", d.Reason).Objects("actions", d.Actions, WriteAction)
            .String("groupName", d.GroupName).String("cluster", d.Cluster).String("containerInstanceArn", d.ContainerInstanceArn)
            .String("hookName", d.HookName).Strings("remainingTasks", d.RemainingTasks).Number("drainSeconds", d.DrainSeconds)
            .Boolean("forced", d.Forced).String("outcome", DrainOutcomeText.Wire.Of(d.Outcome)).Object("disruptionBudget", d.DisruptionBudget, WriteBudget)
            .Object("abandonment", d.Abandonment, WriteAbandonment);

    private static void WriteAbandonment(Utf8JsonWriter w, DrainAbandonment a) =>
        w.Strings("heldBy", a.HeldBy).Strings("bounds", a.Bounds).String("effect", AbandonEffectText.Wire.Of(a.Effect));

    private static void WriteBudget(Utf8JsonWriter w, DrainBudget b)
    {
        BudgetJson.WriteCheck(w, b.Check);
        w.Name("verdict", b.Verdict);
    }

    /// <summary>Each kind writes only its own members, in the one order every kind shares (kind, target, cluster, groupName, hookName, attributes, names, result, reason, protect).</summary>
    private static void WriteAction(Utf8JsonWriter w, DrainAction a)
    {
        w.Name("kind", a.Kind).String("target", a.Target);
        switch (a)
        {
            case PutAttributesAction put:
                w.String("cluster", put.Cluster).Map("attributes", (IEnumerable<KeyValuePair<string, string?>>)put.Attributes);
                break;
            case DeleteAttributesAction delete:
                w.String("cluster", delete.Cluster).Strings("names", delete.Names);
                break;
            case StopTaskAction stop:
                w.String("cluster", stop.Cluster).String("reason", stop.Reason);
                break;
            case EcsDrainAction ecs:
                w.String("cluster", ecs.Cluster);
                break;
            case CompleteLifecycleAction complete:
                w.String("groupName", complete.GroupName).String("hookName", complete.HookName).String("result", LifecycleResultText.Wire.Of(complete.Result));
                break;
            case LifecycleDrainAction lifecycle:
                w.String("groupName", lifecycle.GroupName).String("hookName", lifecycle.HookName);
                break;
            case SetScaleInProtectionAction protection:
                w.String("groupName", protection.GroupName).Strings("names", protection.InstanceIds).Boolean("protect", protection.Protect);
                break;
        }
    }
}

using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Json;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Json;

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
            .Boolean("forced", d.Forced).String("outcome", DrainOutcomeText.Wire.Of(d.Outcome));

    private static void WriteAction(Utf8JsonWriter w, DrainAction a) =>
        w.Name("kind", a.Kind).String("target", a.Target).String("cluster", a.Cluster).String("groupName", a.GroupName)
            .String("hookName", a.HookName).Map("attributes", (IEnumerable<KeyValuePair<string, string?>>?)a.Attributes).Strings("names", a.Names).String("result", a.Result is { } result ? LifecycleResultText.Wire.Of(result) : null)
            .String("reason", a.Reason).Boolean("protect", a.Protect);
}

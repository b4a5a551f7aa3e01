using System.Text.Json.Serialization;

namespace EcsScaling.Core.Drain;

/// <summary>
/// What one step decided about one instance, why, and the actions it takes. Outcome is filled in
/// by the executor: planned (dry run), applied, no-op, ignored, failed or deferred.
/// </summary>
public sealed record DrainDecision(
    string Step,
    string? InstanceId,
    string Reason,
    IReadOnlyList<DrainAction> Actions,
    string? GroupName = null,
    string? Cluster = null,
    string? ContainerInstanceArn = null,
    string? HookName = null,
    IReadOnlyList<string>? RemainingTasks = null,
    double? DrainSeconds = null,
    bool Forced = false,
    string Outcome = DrainOutcome.Pending)
{
    public static DrainDecision Ignored(string step, string? instanceId, string reason) =>
        new(step, instanceId, reason, [], Outcome: DrainOutcome.Ignored);
}

public static class DrainOutcome
{
    public const string Pending = "pending";
    public const string Planned = "planned";
    public const string Applied = "applied";
    public const string NoOp = "no-op";
    public const string Ignored = "ignored";
    public const string Failed = "failed";

    /// <summary>Throttled: nothing unsafe was left half done, and the sweeper (or the next event) finishes the step.</summary>
    public const string Deferred = "deferred";

    /// <summary>A queued message that can never be acted on (malformed, or not an event we know): logged and acknowledged so that it is not redelivered forever.</summary>
    public const string Refused = "refused";
}

/// <summary>Everything one invocation decided; plain data the handler can serialize as its response.</summary>
public sealed record DrainResult(string Event, bool DryRun, IReadOnlyList<DrainDecision> Decisions)
{
    /// <summary>For a queue batch: the message ids to redeliver (Lambda's ReportBatchItemFailures answer); null for any other event.</summary>
    public IReadOnlyList<string>? BatchItemFailures { get; init; }

    [JsonIgnore]
    public IEnumerable<DrainAction> Actions => Decisions.SelectMany(d => d.Actions);
}

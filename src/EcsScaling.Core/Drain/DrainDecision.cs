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
    DrainOutcome Outcome = DrainOutcome.Pending,
    DrainBudget? DisruptionBudget = null)
{
    /// <summary>Set when the drain passed an abandon bound: who held it and what was done about it.</summary>
    public DrainAbandonment? Abandonment { get; init; }

    public static DrainDecision Ignored(string step, string? instanceId, string reason) =>
        new(step, instanceId, reason, [], Outcome: DrainOutcome.Ignored);
}

/// <summary>Everything one invocation decided; plain data the handler can serialize as its response.</summary>
public sealed record DrainResult(string Event, bool DryRun, IReadOnlyList<DrainDecision> Decisions)
{
    /// <summary>For a queue batch: the message ids to redeliver (Lambda's ReportBatchItemFailures answer); null for any other event.</summary>
    public IReadOnlyList<string>? BatchItemFailures { get; init; }

    [JsonIgnore]
    public IEnumerable<DrainAction> Actions => Decisions.SelectMany(d => d.Actions);
}

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// One StopTask: the service scheduler is expected to start the replacement where the service's
/// own placement strategy wants it — for a spread, where the service has the fewest tasks; for a
/// binpack, on the fullest instance it fits, freeing the instance it came from. The scores of a
/// consolidation are those of freeing the whole instance.
/// </summary>
public sealed record PlannedMove(
    int Step,
    string Service,
    string TaskArn,
    string FromContainerInstanceArn,
    string FromEc2InstanceId,
    string? FromZone,
    string ToContainerInstanceArn,
    string ToEc2InstanceId,
    string? ToZone,
    int TaskCpu,
    int TaskMemoryMiB,
    string Why,
    double ScoreBefore,
    double ScoreAfter,
    MoveKind Kind);

/// <summary>
/// The explicit-opt-in alternative when services have no stop budget: set the most loaded
/// instance DRAINING so ECS starts replacements first (up to maximumPercent) and only then
/// stops the originals (never below minimumHealthyPercent); the next invocation sets it ACTIVE again.
/// </summary>
public sealed record PlannedInstanceDrain(
    string ContainerInstanceArn,
    string Ec2InstanceId,
    IReadOnlyList<string> Services,
    int TasksToReplace,
    string Why,
    double ScoreAfter);

public sealed record SkippedService(string Service, string Reason);

/// <summary>What one wave would do and why; serializable, produced without any mutating call.</summary>
public sealed record RebalancePlan(
    string Cluster,
    DateTimeOffset PlannedAt,
    double ScoreBefore,
    double ScoreAfter,
    double TargetScore,
    IReadOnlyList<PlannedMove> Moves,
    PlannedInstanceDrain? Drain,
    IReadOnlyList<SkippedService> SkippedServices,
    IReadOnlyDictionary<string, int> ExcludedTasks,
    IReadOnlyList<string> LimitsReached,
    IReadOnlyList<BudgetHold> DisruptionBudgets,
    string Summary)
{
    public bool IsEmpty => Moves.Count == 0 && Drain is null;

    /// <summary>Whether a disruption budget kept this wave from disrupting an instance it would have.</summary>
    public bool HeldByBudget => DisruptionBudgets.Any(h => h.HeldBackInstances.Count > 0);
}

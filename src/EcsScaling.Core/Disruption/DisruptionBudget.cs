namespace EcsScaling.Core.Disruption;

/// <summary>
/// One budget: at most <see cref="Nodes"/> instances of a cluster disrupted at once while one of
/// <see cref="Reasons"/> (all reasons when empty) would disrupt another, and only inside its window
/// when it has a schedule (the schedule's firing opens it for <see cref="Duration"/>).
/// </summary>
public sealed record DisruptionBudget(IReadOnlySet<DisruptionReason> Reasons, BudgetNodes Nodes, CronSchedule? Schedule, TimeSpan? Duration, string Text)
{
    public bool AppliesTo(DisruptionReason reason) => Reasons.Count == 0 || Reasons.Contains(reason);

    public bool IsActive(DateTimeOffset now) => Schedule is null || Schedule.IsOpen(now, Duration!.Value);

    public override string ToString() => Text;
}

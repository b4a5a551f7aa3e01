namespace EcsScaling.Core.Rebalance;

public enum RebalanceOutcome
{
    Ignored,
    CoolingDown,
    NothingToDo,

    /// <summary>A wave would disrupt instances a disruption budget does not allow now: skipped, tried again on the next trigger or tick.</summary>
    HeldByBudget,
    DryRun,
    WaveStarted,
    WaitingForReplacements,
    Completed,
    Aborted,
    Failed,
}

/// <summary>What one invocation did (or, in dry-run, would do) for one cluster, and why.</summary>
public sealed record RebalanceResult(
    string Cluster,
    RebalanceOutcome Outcome,
    string Reason,
    int Wave,
    RebalancePlan? Plan,
    IReadOnlyList<string> StoppedTaskArns)
{
    public static RebalanceResult Of(string cluster, RebalanceOutcome outcome, string reason, int wave = 0, RebalancePlan? plan = null) =>
        new(cluster, outcome, reason, wave, plan, []);
}

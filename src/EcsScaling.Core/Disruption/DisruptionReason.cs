namespace EcsScaling.Core.Disruption;

/// <summary>
/// Why an instance is taken out of service. Karpenter budgets name three of its own methods
/// (Underutilized, Empty, Drifted); these are the ways an ECS instance of ours gets disrupted.
/// </summary>
public enum DisruptionReason
{
    /// <summary>An Auto Scaling terminate lifecycle hook (scale-in, instance refresh, health replacement): AWS terminates anyway.</summary>
    ScaleIn,

    /// <summary>An EC2 Spot interruption warning: the instance goes in two minutes whatever we do.</summary>
    SpotInterruption,

    /// <summary>An EC2 rebalance recommendation: only a raised risk, so it waits for budget.</summary>
    RebalanceRecommendation,

    /// <summary>The rebalance's spread moves and its instance drain mode.</summary>
    Rebalance,

    /// <summary>The rebalance's consolidation: freeing whole instances for scale-in to let go.</summary>
    Consolidation,

    /// <summary>An operator's drain command.</summary>
    Manual,

    /// <summary>DRAINING without a reason of ours (console, another tool, ECS managed draining): counted, never budgeted.</summary>
    Other,
}

/// <summary>The words the configuration, log lines, metrics and status use for each reason.</summary>
public static class DisruptionReasonText
{
    /// <summary>The reasons a budget may name (Other is only ever counted).</summary>
    public static IReadOnlyList<(string Text, DisruptionReason Reason)> Budgeted { get; } =
    [
        ("scale-in", DisruptionReason.ScaleIn),
        ("spot-interruption", DisruptionReason.SpotInterruption),
        ("rebalance-recommendation", DisruptionReason.RebalanceRecommendation),
        ("rebalance", DisruptionReason.Rebalance),
        ("consolidation", DisruptionReason.Consolidation),
        ("manual", DisruptionReason.Manual),
    ];

    public static string Of(DisruptionReason reason) =>
        reason == DisruptionReason.Other ? "other" : Budgeted.First(b => b.Reason == reason).Text;

    public static DisruptionReason? Parse(string text) =>
        Budgeted.Where(b => string.Equals(b.Text, text, StringComparison.OrdinalIgnoreCase)).Select(b => (DisruptionReason?)b.Reason).FirstOrDefault();

    /// <summary>
    /// Lifecycle drains are never refused: AWS terminates the instance whether we drain or not, so
    /// refusing would only lose the drain. They are counted, so rebalance and consolidation wait.
    /// </summary>
    public static bool IsLifecycle(DisruptionReason reason) => reason is DisruptionReason.ScaleIn or DisruptionReason.SpotInterruption;
}

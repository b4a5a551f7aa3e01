namespace EcsScaling.Core.Disruption;

/// <summary>Metric names for disruption budgets (dimensions: ClusterName and Reason, the reason's configuration word).</summary>
public static class DisruptionMetrics
{
    /// <summary>Instances a budget kept a rebalance, consolidation, recommendation or manual drain from disrupting.</summary>
    public const string HeldBack = "DisruptionsHeldBack";

    /// <summary>Lifecycle drains started while the disruptions under way already used the whole budget (never refused, counted).</summary>
    public const string OverBudget = "DisruptionsOverBudget";

    public const string ClusterDimension = "ClusterName";
    public const string ReasonDimension = "Reason";
}

namespace EcsScaling.Core.Disruption;

/// <summary>
/// A deployment's budgets; <see cref="For"/> keeps those of one cluster (the budgets naming no cluster
/// and those naming it). Every reason to disrupt passes <see cref="Check"/> on its cluster's budgets
/// before it acts (as each Karpenter disruption method gets its budget mapping first): the most
/// restrictive budget that applies to the reason and is active now wins. No budget means no limit,
/// so a deployment without the setting behaves as before.
/// </summary>
public sealed class DisruptionBudgets(IReadOnlyList<DisruptionBudget> budgets)
{
    public static DisruptionBudgets None { get; } = new([]);

    public IReadOnlyList<DisruptionBudget> All => budgets;

    /// <summary>The budgets that limit this cluster (a name or an ARN).</summary>
    public DisruptionBudgets For(string cluster) => new([.. budgets.Where(b => b.Covers(cluster))]);

    /// <param name="now">UTC, from the caller's TimeProvider: schedules are evaluated at this instant.</param>
    public BudgetCheck Check(DisruptionReason reason, DisruptedInstances disrupted, DateTimeOffset now)
    {
        var inForce = budgets.Where(b => b.AppliesTo(reason) && b.IsActive(now)).ToList();
        var binding = inForce.MinBy(b => b.Nodes.Of(disrupted.Total));
        return new BudgetCheck(reason, binding?.Nodes.Of(disrupted.Total), disrupted, binding, inForce);
    }

    /// <summary>Every budget active now, whatever its reasons (for status).</summary>
    public IReadOnlyList<DisruptionBudget> ActiveAt(DateTimeOffset now) => [.. budgets.Where(b => b.IsActive(now))];

    public bool IsEmpty => budgets.Count == 0;
}

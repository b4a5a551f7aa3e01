namespace EcsScaling.Core.Disruption;

/// <summary>
/// How many more instances a reason may disrupt now: the most restrictive budget in force for it
/// (null Allowed: none applies, unbounded), less every instance already disrupted for any reason
/// (Karpenter counts all nodes being deleted against each method's budget the same way).
/// </summary>
public sealed record BudgetCheck(DisruptionReason Reason, int? Allowed, DisruptedInstances Disrupted, DisruptionBudget? Binding, IReadOnlyList<DisruptionBudget> InForce)
{
    /// <summary>Null when unbounded; never below zero.</summary>
    public int? Remaining => Allowed is { } allowed ? Math.Max(allowed - Disrupted.Count, 0) : null;

    public bool MayDisrupt(int more = 1) => Remaining is not { } remaining || remaining >= more;

    /// <summary>Whether the disruptions under way already exceed the budget (lifecycle drains can push it over).</summary>
    public bool Exceeded => Allowed is { } allowed && Disrupted.Count > allowed;

    public string ReasonText => DisruptionReasonText.Of(Reason);

    /// <summary>"consolidation budget 'consolidation=0 at 0 8 * * 1-5 for 10h' allows 0 of 10 instances; 1 disrupted (scale-in 1) of 10".</summary>
    public string Describe() =>
        Binding is null
            ? $"no {ReasonText} budget in force; {Disrupted.Describe()}"
            : $"{ReasonText} budget '{Binding.Text}' allows {Allowed} of {Disrupted.Total} instances disrupted at once; {Disrupted.Describe()}";
}

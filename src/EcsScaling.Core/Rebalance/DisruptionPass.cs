using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// One wave's side of its cluster's disruption budgets: the instances disrupted when it was planned (any
/// reason; those earlier waves freed count as consolidation until scale-in takes them), the
/// instances this wave disrupts so far, and per reason the instances a budget held back.
/// </summary>
public sealed class DisruptionPass
{
    private readonly DisruptionBudgets _budgets;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<DisruptionReason, BudgetCheck> _checks = [];
    private readonly Dictionary<DisruptionReason, SortedSet<string>> _heldBack = [];
    private int _thisWave;

    internal DisruptionPass(PlanningContext context, DisruptionBudgets budgets, DateTimeOffset now)
    {
        _budgets = budgets.For(context.Snapshot.Cluster);
        _now = now;
        var freed = Enumerable.Range(0, context.Model.InstanceCount).Where(context.FreedEarlier).Select(i => context.Model.Instance(i).Arn).ToHashSet(StringComparer.Ordinal);
        Disrupted = DisruptedInstances.Of(context.Snapshot.Instances, freedByConsolidation: freed);
    }

    public DisruptedInstances Disrupted { get; }

    /// <summary>Whether one more instance may be disrupted for the reason; a refusal is recorded against the instance.</summary>
    public bool Allows(DisruptionReason reason, string ec2InstanceId)
    {
        if (_budgets.IsEmpty)
        {
            return true;
        }

        var check = Check(reason);
        if (check.MayDisrupt(_thisWave + 1))
        {
            return true;
        }

        (_heldBack.TryGetValue(reason, out var held) ? held : _heldBack[reason] = new SortedSet<string>(StringComparer.Ordinal)).Add(ec2InstanceId);
        return false;
    }

    /// <summary>The wave now disrupts one more instance.</summary>
    public void Disrupt() => _thisWave++;

    /// <summary>The checks made, by reason, with what each held back: the plan's "disruptionBudgets".</summary>
    public IReadOnlyList<BudgetHold> Holds()
    {
        if (_budgets.IsEmpty)
        {
            return [];
        }

        // Both of the rebalance's reasons, so the plan shows the budgets in force even where no move asked.
        Check(DisruptionReason.Rebalance);
        Check(DisruptionReason.Consolidation);
        return [.. _checks.OrderBy(c => c.Key).Select(c => new BudgetHold(c.Value, [.. _heldBack.GetValueOrDefault(c.Key) ?? []]))];
    }

    public bool HeldAny => _heldBack.Count > 0;

    private BudgetCheck Check(DisruptionReason reason) =>
        _checks.TryGetValue(reason, out var check) ? check : _checks[reason] = _budgets.Check(reason, Disrupted, _now);
}

/// <summary>A reason's budget check during planning and the instances it kept this wave from disrupting.</summary>
public sealed record BudgetHold(BudgetCheck Check, IReadOnlyList<string> HeldBackInstances)
{
    public string Describe() =>
        HeldBackInstances.Count == 0
            ? Check.Describe()
            : $"{Check.ReasonText} held back on {HeldBackInstances.Count} instances ({string.Join(", ", HeldBackInstances.Take(5))}{(HeldBackInstances.Count > 5 ? ", …" : "")}): {Check.Describe()}";
}

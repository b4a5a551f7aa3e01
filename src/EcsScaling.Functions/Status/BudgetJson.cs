using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Disruption;

namespace EcsScaling.Functions.Status;

/// <summary>One reason's budget check as status, the rebalance plan and the drain answer show it; allowed and remaining are absent when unbounded.</summary>
public static class BudgetJson
{
    public static void WriteCheck(Utf8JsonWriter w, BudgetCheck c) =>
        w.String("reason", c.ReasonText).String("budget", c.Binding?.Text).Number("allowed", c.Allowed).Number("disrupted", c.Disrupted.Count)
            .Number("remaining", c.Remaining).Strings("inForce", [.. c.InForce.Select(b => b.Text)]).String("summary", c.Describe());
}

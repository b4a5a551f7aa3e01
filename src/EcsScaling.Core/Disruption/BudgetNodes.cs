using System.Globalization;

namespace EcsScaling.Core.Disruption;

/// <summary>
/// A budget's size: a count ("5") or a percent of the cluster's instances ("10%"). Percentages
/// round up, as Karpenter (and Kubernetes' maxUnavailable) do: 10% of 5 instances is 1, not 0,
/// so a small cluster is not blocked by a budget meant for a large one. "0" and "0%" block.
/// </summary>
public readonly record struct BudgetNodes(int Value, bool IsPercent)
{
    public int Of(int instances) => IsPercent ? (int)Math.Ceiling(instances * (Value / 100.0)) : Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + (IsPercent ? "%" : "");

    public static BudgetNodes? Parse(string text)
    {
        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1] : text;
        return digits.Length is > 0 and <= 6 && digits.All(char.IsAsciiDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is var value && (!percent || value <= 100)
            ? new BudgetNodes(value, percent)
            : null;
    }
}

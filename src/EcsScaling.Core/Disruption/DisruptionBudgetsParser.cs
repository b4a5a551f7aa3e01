using System.Globalization;
using System.Text.RegularExpressions;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Disruption;

/// <summary>
/// Reads <see cref="Variable"/>: budgets separated by ';', each "[clusters:] [reasons=]nodes [at cron for duration]".
/// Clusters are a comma-separated list of managed clusters (names or ARNs) the budget is limited to (every
/// managed cluster when left out); reasons are a comma-separated list of <see cref="DisruptionReasonText.Budgeted"/>
/// words, or '*' (all, as when left out); nodes are a count or a percent; the cron schedule (five fields, UTC)
/// opens the budget for the duration ("10h", "90m", "1h30m", as Karpenter takes them). Example:
/// "20%; prod: consolidation=0 at 0 8 * * mon-fri for 10h; rebalance,rebalance-recommendation=1".
/// Every bad budget is reported at once, naming the budget and what is wrong, before any AWS call.
/// </summary>
public static partial class DisruptionBudgetsParser
{
    public const string Variable = "ECS_SCALING_DISRUPTION_BUDGETS";

    public const string Syntax = "'[clusters:] [reasons=]nodes [at <cron> for <duration>]' separated by ';'";

    public static DisruptionBudgets Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var managed = ManagedClusters.OfValid(ManagedClusters.Read(reader, required: false));
        return reader.Checked("disruption budget", Read(reader, managed));
    }

    /// <summary>The budgets, adding each bad one to the reader's problems (so a function's init names them with its other settings).</summary>
    /// <param name="managed">The clusters a budget may be limited to: a budget naming another is a typo that would never apply.</param>
    public static DisruptionBudgets Read(EnvironmentReader reader, ManagedClusters managed)
    {
        var budgets = new List<DisruptionBudget>();
        var text = reader.Value(Variable);
        foreach (var item in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (budget, error) = ParseOne(item, managed);
            if (budget is null)
            {
                reader.Problems.Add($"{Variable}: budget '{item}': {error}.");
            }
            else
            {
                budgets.Add(budget);
            }
        }

        return budgets.Count == 0 ? DisruptionBudgets.None : new DisruptionBudgets(budgets);
    }

    public static (DisruptionBudget? Budget, string? Error) ParseOne(string text, ManagedClusters managed)
    {
        // Reasons, nodes and schedules hold no ':', so the last one ends the clusters (an ARN holds several).
        var colon = text.LastIndexOf(':');
        var (clusters, clustersError) = colon < 0 ? ([], null) : ParseClusters(text[..colon], managed);
        if (clusters is null)
        {
            return (null, clustersError);
        }

        return ParseRule(text[(colon + 1)..].Trim(), text, clusters);
    }

    private static (IReadOnlyList<ClusterReference>? Clusters, string? Error) ParseClusters(string text, ManagedClusters managed)
    {
        var clusters = new List<ClusterReference>();
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!ClusterReference.TryParse(entry, out var cluster, out var problem))
            {
                return (null, $"cluster {problem}");
            }

            if (!managed.Contains(entry))
            {
                return (null, $"cluster '{entry}' is not one of the managed clusters ({ManagedClusters.Variable}: {string.Join(", ", managed.Names)})");
            }

            clusters.Add(cluster);
        }

        return (clusters, null);
    }

    /// <summary>The budget after its clusters: "[reasons=]nodes [at cron for duration]".</summary>
    private static (DisruptionBudget? Budget, string? Error) ParseRule(string rule, string text, IReadOnlyList<ClusterReference> clusters)
    {
        var match = BudgetPattern().Match(rule);
        if (!match.Success && rule.Contains(" at ", StringComparison.Ordinal) && !rule.Contains(" for ", StringComparison.Ordinal))
        {
            return (null, "a schedule ('at <cron>') needs a duration ('for 10h'): without one it would never close");
        }

        if (!match.Success)
        {
            return (null, $"expected {Syntax}, e.g. '10%', 'consolidation=0 at 0 8 * * 1-5 for 10h' or 'prod: 1'");
        }

        var reasons = new HashSet<DisruptionReason>();
        var reasonsText = match.Groups["reasons"].Value;
        if (reasonsText.Length > 0 && reasonsText != "*")
        {
            foreach (var word in reasonsText.Split(',', StringSplitOptions.TrimEntries))
            {
                if (DisruptionReasonText.Parse(word) is not { } reason)
                {
                    return (null, $"'{word}' is not a reason; use * or {string.Join(", ", DisruptionReasonText.Budgeted.Select(b => b.Text))}");
                }

                reasons.Add(reason);
            }
        }

        if (BudgetNodes.Parse(match.Groups["nodes"].Value) is not { } nodes)
        {
            return (null, $"'{match.Groups["nodes"].Value}' is not a number of instances or a percent 0%–100%");
        }

        if (!match.Groups["cron"].Success)
        {
            return (new DisruptionBudget(clusters, reasons, nodes, null, null, text), null);
        }

        var (schedule, cronError) = CronSchedule.Parse(match.Groups["cron"].Value.Trim());
        if (schedule is null)
        {
            return (null, "schedule " + cronError);
        }

        if (ParseDuration(match.Groups["duration"].Value) is not { } duration)
        {
            return (null, $"duration '{match.Groups["duration"].Value}' is not hours and minutes such as 10h, 90m or 1h30m (more than 0)");
        }

        return (new DisruptionBudget(clusters, reasons, nodes, schedule, duration, text), null);
    }

    /// <summary>Minutes and hours only, as Karpenter takes them: cron fires on minutes.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var duration = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        return duration > TimeSpan.Zero ? duration : null;
    }

    [GeneratedRegex(@"^(?:(?<reasons>[^=\s][^=]*?)\s*=\s*)?(?<nodes>\S+)(?:\s+at\s+(?<cron>.+?)\s+for\s+(?<duration>\S+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex BudgetPattern();

    [GeneratedRegex(@"^(?:(?<h>\d{1,5})h)?(?:(?<m>\d{1,6})m)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}

using System.Globalization;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using Spectre.Console;

namespace EcsScaling.Cli.Ops;

/// <summary>Tables for the mutating commands: what was (or would be) done, and why.</summary>
internal static class ResultTables
{
    public static void RenderDrain(IAnsiConsole console, DrainResult result)
    {
        var table = new Table().AddColumns("step", "instance", "outcome", "reason", "actions");
        foreach (var d in result.Decisions)
        {
            var actions = string.Join("\n", d.Actions.Select(a => $"{a.Kind} {(a is CompleteLifecycleAction complete ? LifecycleResultText.Wire.Of(complete.Result) : "")} {Short(a.Target)}".Replace("  ", " ", StringComparison.Ordinal)));
            table.AddRow(Markup.Escape(d.Step), Markup.Escape(d.InstanceId ?? "-"), Outcome(d.Outcome), Markup.Escape(d.Reason), Markup.Escape(actions.Length == 0 ? "-" : actions));
        }

        console.Write(table);
    }

    public static void RenderRebalance(IAnsiConsole console, RebalanceResult result)
    {
        console.MarkupLineInterpolated($"[bold]{result.Cluster}[/]: {result.Outcome} (wave {result.Wave}): {result.Reason}");
        if (result.Plan is not { } plan)
        {
            return;
        }

        console.MarkupLineInterpolated($"Imbalance score (fraction of tasks misplaced for their service's strategy) {plan.ScoreBefore:0.00} → {plan.ScoreAfter:0.00} (target {plan.TargetScore:0.00}). {plan.Summary}");
        var moves = new Table().Title("Moves").AddColumns("#", "kind", "service", "task", "from", "to", "why", "score after");
        foreach (var m in plan.Moves)
        {
            moves.AddRow(Num(m.Step), m.Kind == MoveKind.Consolidate ? "consolidate" : "spread", Markup.Escape(m.Service), Short(m.TaskArn), Markup.Escape($"{m.FromEc2InstanceId} ({m.FromZone ?? "?"})"),
                Markup.Escape($"{m.ToEc2InstanceId} ({m.ToZone ?? "?"})"), Markup.Escape(m.Why), m.ScoreAfter.ToString("0.00", CultureInfo.InvariantCulture));
        }

        console.Write(plan.Moves.Count > 0 ? moves : new Markup("[grey]No task moves.[/]\n"));
        if (plan.Drain is { } drain)
        {
            console.MarkupLineInterpolated($"Instance drain: {drain.Ec2InstanceId} ({drain.TasksToReplace} tasks of {string.Join(", ", drain.Services)}): {drain.Why}; score after {drain.ScoreAfter:0.00}");
        }

        foreach (var skipped in plan.SkippedServices)
        {
            console.MarkupLineInterpolated($"[grey]skipped {skipped.Service}: {skipped.Reason}[/]");
        }

        foreach (var limit in plan.LimitsReached)
        {
            console.MarkupLineInterpolated($"[grey]limit reached: {limit}[/]");
        }
    }

    public static void RenderPolicies(IAnsiConsole console, PolicyResult result)
    {
        console.MarkupLineInterpolated($"Profile [bold]{result.Profile}[/]{(result.PreviousProfile is { } previous ? $" (was {previous})" : "")}: {result.Outcome}. {result.Message}");
        RenderForecasts(console, result);
        if (result.Changes.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("resource", "subject", "name", "action", "field", "expected", "actual");
        foreach (var change in result.Changes)
        {
            var differences = change.Differences.Count > 0 ? change.Differences : [new("-", null, null)];
            foreach (var difference in differences)
            {
                table.AddRow(Markup.Escape($"{change.ResourceKind} {change.ResourceId}"), change.Subject.ToString(), Markup.Escape(change.Name), change.Action.ToString(),
                    Markup.Escape(difference.Field), Markup.Escape(difference.Expected ?? "-"), Markup.Escape(difference.Actual ?? "-"));
            }
        }

        console.Write(table);
    }

    /// <summary>Each ForecastOnly predictive policy: the desired count target tracking set now, then the forecast hour by hour.</summary>
    private static void RenderForecasts(IAnsiConsole console, PolicyResult result)
    {
        if (result.Forecasts is not { Count: > 0 } forecasts)
        {
            return;
        }

        var table = new Table().Title("Forecast (ForecastOnly) against target tracking").AddColumns("resource", "policy", "desired now", "forecast capacity (UTC hour)");
        foreach (var f in forecasts)
        {
            var points = f.Capacity.Count == 0
                ? f.Note ?? "-"
                : string.Join("  ", f.Capacity.Select(p => $"{p.At.UtcDateTime:HH}h {p.Value.ToString("0.#", CultureInfo.InvariantCulture)}"));
            table.AddRow(Markup.Escape(f.ResourceId), Markup.Escape(f.PolicyName), f.DesiredCount is { } desired ? Num(desired) : "?", Markup.Escape(points));
        }

        console.Write(table);
    }

    private static string Outcome(DrainOutcome outcome) => outcome switch
    {
        DrainOutcome.Applied => "[green]applied[/]",
        DrainOutcome.Failed => "[red]failed[/]",
        DrainOutcome.Ignored => "[yellow]ignored[/]",
        _ => Markup.Escape(DrainOutcomeText.Wire.Of(outcome)),
    };

    /// <summary>ARNs end in the id an operator recognises; the rest only widens the table.</summary>
    private static string Short(string arn) => Markup.Escape(arn[(arn.LastIndexOf('/') + 1)..]);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}

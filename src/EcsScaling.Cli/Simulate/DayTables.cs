using System.Globalization;
using EcsScaling.Simulation.Scenarios.Day;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

/// <summary>The end of a day: ours against ECS alone and the packing bound, the surge, and the invariants.</summary>
internal static class DayTables
{
    public static void Render(IAnsiConsole console, DayResult result, TimeSpan wall)
    {
        var f = result.Figures;
        var table = new Table().Title($"Day comparison (seed {result.Timeline.Seed})").AddColumns("figure", "ours", "ECS alone", "bound");
        table.AddRow("instance-hours", N(f.InstanceHours.Ours), N(f.InstanceHours.EcsAlone), N(f.InstanceHours.Bound));
        table.AddRow("× bound", N(f.InstanceHours.OursToBound, "0.00"), N(f.InstanceHours.Bound == 0 ? 0 : f.InstanceHours.EcsAlone / f.InstanceHours.Bound, "0.00"), "1.00");
        table.AddRow("service-minutes short of desired", N(f.ServiceMinutesShort.Ours, "0"), N(f.ServiceMinutesShort.EcsAlone, "0"), "");
        table.AddRow("service-minutes above 90 % CPU", N(f.ServiceMinutesOverloaded.Ours, "0"), N(f.ServiceMinutesOverloaded.EcsAlone, "0"), "");
        table.AddRow("API calls / hour", N(f.ApiCallsPerHour, "0"), "", "");
        table.AddRow("function invocations / hour", N(f.InvocationsPerHour, "0"), "", "");
        table.AddRow("function errors", $"{f.FunctionErrors}", "", "");
        foreach (var s in f.Surge)
        {
            table.AddRow($"surge: minutes until {s.Service} ran its new desired", Minutes(s.OursMinutes), Minutes(s.EcsAloneMinutes), "");
            table.AddRow($"  the same, from its desired count rising", Minutes(s.OursFromRise), Minutes(s.EcsAloneFromRise), "");
        }

        console.Write(table);
        console.MarkupLineInterpolated($"ours uses {f.InstanceHours.SavedVersusEcsAlone:P1} fewer instance-hours than ECS alone.");
        var invariants = new Table().Title("Invariants").AddColumns("invariant", "result", "violations");
        foreach (var name in result.InvariantsChecked)
        {
            var violations = result.Violations.Where(v => v.Invariant == name).Select(v => v.Message).ToList();
            invariants.AddRow(Markup.Escape(name), violations.Count == 0 ? "[green]held[/]" : "[red]violated[/]", Markup.Escape(string.Join("\n", violations.Take(5))));
        }

        console.Write(invariants);
        console.MarkupLineInterpolated($"{result.Timeline.Minutes.Count} virtual minutes, twice, in {wall.TotalSeconds:0.0} s. Replay with --seed {result.Timeline.Seed}.");
    }

    private static string N(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Minutes(int? minutes) => minutes is { } m ? $"{m}" : "—";
}

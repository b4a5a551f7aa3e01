using EcsScaling.Simulation.Scenarios;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

/// <summary>The end-of-run summary: instances before/after, drains, API calls, invariants.</summary>
internal static class SummaryTables
{
    public static void Render(IAnsiConsole console, ScenarioResult result, TimeSpan wall)
    {
        var instances = new Table().Title("Instances").AddColumns("instance", "AZ", "tasks before", "tasks after", "fate");
        foreach (var i in result.Instances)
        {
            instances.AddRow(i.InstanceId, i.AvailabilityZone, $"{i.TasksBefore}", $"{i.TasksAfter}", i.Fate);
        }

        var drains = new Table().Title("Terminate lifecycle actions").AddColumns("instance", "hook", "seconds", "outcome");
        foreach (var d in result.Drains)
        {
            drains.AddRow(d.InstanceId, d.Hook, $"{d.Seconds:0}", d.Outcome);
        }

        var calls = new Table().Title("API calls").AddColumns("operation", "attempts", "failed");
        foreach (var (operation, count) in result.ApiCalls)
        {
            calls.AddRow(operation, $"{count}", $"{result.ApiFailures.GetValueOrDefault(operation)}");
        }

        var invariants = new Table().Title("Invariants").AddColumns("invariant", "result", "violations");
        foreach (var name in result.InvariantsChecked)
        {
            var violations = result.Violations.Where(v => v.Invariant == name).Select(v => v.Message).ToList();
            invariants.AddRow(Markup.Escape(name), violations.Count == 0 ? "[green]held[/]" : "[red]violated[/]", Markup.Escape(string.Join("\n", violations)));
        }

        console.Write(instances);
        console.Write(drains);
        if (result.ApiCalls.Count > 0)
        {
            console.Write(calls);
        }
        else
        {
            console.MarkupLine("[grey]No API calls: no function was plugged in.[/]");
        }

        console.Write(invariants);
        console.MarkupLineInterpolated($"{result.VirtualSeconds / 60:0} virtual minutes in {wall.TotalSeconds:0.00} s; {result.EventsEmitted} events emitted. Replay with --seed {result.Seed}.");
    }
}

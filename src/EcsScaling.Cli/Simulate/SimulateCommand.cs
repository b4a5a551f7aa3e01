using System.CommandLine;
using EcsScaling.Simulation.Scenarios;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

/// <summary>`simulate`: a narrated scenario on the in-process simulator, in seconds of wall time.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed replays the same run.", DefaultValueFactory = _ => 1 };
        var scenario = new Option<string>("--scenario")
        {
            Description = "Scenario to run: " + string.Join("; ", ScenarioCatalog.All.Select(s => $"{s.Key} ({s.Value().Description})")) + $"; {ScenarioCatalog.Diurnal} ({ScenarioCatalog.DiurnalDescription})",
            DefaultValueFactory = _ => "demo",
        };
        scenario.AcceptOnlyFromAmong([.. ScenarioCatalog.All.Keys, ScenarioCatalog.Diurnal]);
        var loadCurve = new Option<FileInfo?>("--load-curve") { Description = "diurnal only: CSV of minute,multiplier (or minute,service,multiplier) rows replacing the built-in day." };
        var output = new Option<string>("--output") { Description = "text (narration and tables) or json (one document on stdout).", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json");
        var report = new Option<string?>("--report") { HelpName = "FILE.html", Description = "Also write FILE.html, a self-contained picture of the run (day-long scenarios such as diurnal)." };

        var command = new Command("simulate", "Run a narrated scaling scenario on the cluster simulator (virtual time, no AWS).");
        command.Options.Add(seed);
        command.Options.Add(scenario);
        command.Options.Add(output);
        command.Options.Add(loadCurve);
        command.Options.Add(report);
        command.SetAction(parsed =>
        {
            var settings = new SimulateSettings(parsed.GetValue(scenario)!, parsed.GetValue(seed), parsed.GetValue(output) == "json", parsed.GetValue(report)) { LoadCurve = parsed.GetValue(loadCurve) };
            return SimulateRun.Execute(settings, AnsiConsole.Console, Console.Out);
        });
        return command;
    }
}

internal sealed record SimulateSettings(string Scenario, int Seed, bool Json, string? Report = null)
{
    public FileInfo? LoadCurve { get; init; }
}

using System.Diagnostics;
using System.Text.Json;
using EcsScaling.Cli.Ops;
using EcsScaling.Cli.Simulate.Report;
using EcsScaling.Simulation.Scenarios;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

/// <summary>Runs the chosen scenario with whatever capabilities are plugged in and reports it as text or JSON.</summary>
internal static class SimulateRun
{
    public static int Execute(SimulateSettings settings, IAnsiConsole console, TextWriter stdout, TextWriter? stderr = null)
    {
        if (settings.Scenario == ScenarioCatalog.Diurnal)
        {
            return DaySimulation.Execute(settings, console, stdout, stderr ?? Console.Error);
        }

        if (settings.LoadCurve is not null)
        {
            console.MarkupLine("[red]--load-curve applies to --scenario diurnal only.[/]");
            return ExitCodes.BadInput;
        }

        if (settings.Report is not null)
        {
            return DayReportFile.Refuse(settings.Scenario, stderr ?? Console.Error);
        }

        var scenario = ScenarioCatalog.Create(settings.Scenario);
        foreach (var capability in CapabilitySeam.Capabilities)
        {
            scenario.With(capability);
        }

        var narrator = new Narrator(settings.Json ? null : console);
        if (!settings.Json)
        {
            console.MarkupLineInterpolated($"[bold]simulate {scenario.Name}[/] (seed {settings.Seed}): {scenario.Description}");
        }

        var wall = Stopwatch.StartNew();
        var result = ScenarioRunner.Run(scenario, settings.Seed, narrator);
        wall.Stop();
        if (settings.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(SimulationReport.From(result, narrator.Lines), SimulationJsonContext.Default.SimulationReport));
        }
        else
        {
            SummaryTables.Render(console, result, wall.Elapsed);
        }

        return 0;
    }
}

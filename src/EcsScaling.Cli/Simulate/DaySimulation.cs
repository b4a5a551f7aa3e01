using System.Diagnostics;
using System.Text.Json;
using EcsScaling.Cli.Ops;
using EcsScaling.Cli.Simulate.Report;
using EcsScaling.Simulation.Load;
using EcsScaling.Simulation.Scenarios.Day;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

/// <summary>`simulate --scenario diurnal`: the day run twice from the seed, narrated, then the comparison table (or one JSON document).</summary>
internal static class DaySimulation
{
    public static int Execute(SimulateSettings settings, IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        DaySettings day;
        try
        {
            day = Settings(settings);
        }
        catch (Exception e) when (e is FormatException or IOException or ArgumentException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.BadInput;
        }

        var narrator = new DayNarrator(settings.Json ? null : console);
        if (!settings.Json)
        {
            console.MarkupLineInterpolated($"[bold]simulate diurnal[/] (seed {settings.Seed}, {day.Curve.Name}): ours first, then ECS alone from the same seed.");
        }

        var wall = Stopwatch.StartNew();
        var result = DayRun.Run(day, settings.Seed, CapabilitySeam.Diurnal, narrator);
        wall.Stop();
        if (settings.Report is { } report && DayReportFile.Write(report, result.Timeline, stderr) is var written && written != ExitCodes.Ok)
        {
            return written;
        }

        if (settings.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(DayReport.From(result), SimulationJsonContext.Default.DayReport));
        }
        else
        {
            DayTables.Render(console, result, wall.Elapsed);
        }

        return result.Passed ? 0 : 1;
    }

    /// <summary>The built-in day, or the curve from --load-curve (lasting until its last row); the service policies come from the diurnal document either way.</summary>
    public static DaySettings Settings(SimulateSettings settings)
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, CapabilitySeam.DiurnalDocumentPath));
        if (settings.LoadCurve is not { } file)
        {
            return DaySettings.Diurnal(settings.Seed, document);
        }

        if (!file.Exists)
        {
            throw new IOException($"--load-curve: {file.FullName} does not exist");
        }

        // The day lasts as long as the curve (an hour at least).
        var curve = LoadCurve.ParseCsv(File.ReadAllText(file.FullName), file.Name);
        return new DaySettings(curve, document) { Minutes = Math.Max(60, (int)Math.Ceiling(curve.LastMinute)) };
    }
}

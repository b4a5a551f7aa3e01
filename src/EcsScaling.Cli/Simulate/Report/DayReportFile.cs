using System.Text;
using EcsScaling.Cli.Ops;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>`simulate --report FILE.html`: writes the day's picture, or says why there is none.</summary>
internal static class DayReportFile
{
    public const string NeedsDay = "--report needs a day-long scenario such as diurnal";

    /// <summary>Bad input, said before anything runs: only a day-long scenario keeps a day timeline.</summary>
    public static int Refuse(string scenario, TextWriter error)
    {
        error.WriteLine($"error: {NeedsDay}; scenario {scenario} records no day timeline");
        return ExitCodes.BadInput;
    }

    /// <summary>The exit code: ok once the file is written; bad input when the path cannot be written.</summary>
    public static int Write(string path, DayTimeline day, TextWriter error)
    {
        try
        {
            File.WriteAllText(path, DayReportHtml.Render(day), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: --report {path}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}

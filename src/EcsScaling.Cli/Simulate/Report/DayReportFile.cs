using System.Text;
using EcsScaling.Cli.Ops;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>`simulate --report FILE.html`: writes the day's picture, or says why there is none.</summary>
internal static class DayReportFile
{
    public const string NeedsDay = "--report needs a day-long scenario such as diurnal";

    /// <summary>The exit code: ok once the file is written; bad input when the run kept no day timeline or the path cannot be written.</summary>
    public static int Write(string path, ScenarioResult result, TextWriter error)
    {
        if (result.Day is null)
        {
            error.WriteLine($"error: {NeedsDay}; scenario {result.Scenario} records no day timeline");
            return ExitCodes.BadInput;
        }

        try
        {
            File.WriteAllText(path, DayReportHtml.Render(result.Day), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: --report {path}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}

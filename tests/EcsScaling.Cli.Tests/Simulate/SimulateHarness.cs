using EcsScaling.Cli.Simulate;
using Spectre.Console;

namespace EcsScaling.Cli.Tests.Simulate;

/// <summary>Runs `simulate` in-process: exit code, what the console showed (plain text) and stdout.</summary>
internal static class SimulateHarness
{
    public static (int Exit, string Console, string Stdout) Run(SimulateSettings settings, TextWriter? stderr = null)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var stdout = new StringWriter();
        var exit = SimulateRun.Execute(settings, console, stdout, stderr ?? new StringWriter());
        return (exit, text.ToString(), stdout.ToString());
    }
}

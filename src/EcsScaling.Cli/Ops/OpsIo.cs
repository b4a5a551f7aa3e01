using System.CommandLine;
using Spectre.Console;

namespace EcsScaling.Cli.Ops;

/// <summary>Where a command writes: stdout for results (JSON or tables), stderr for errors and progress notes.</summary>
internal sealed record OpsIo(TextWriter Output, TextWriter Error, IAnsiConsole Console)
{
    private const int WideWidth = 200;

    public static OpsIo From(ParseResult parsed)
    {
        var output = parsed.InvocationConfiguration.Output;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!ReferenceEquals(output, System.Console.Out) || System.Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width; 80 columns would fold every ARN and reason.
            console.Profile.Width = WideWidth;
        }

        return new OpsIo(output, parsed.InvocationConfiguration.Error, console);
    }
}

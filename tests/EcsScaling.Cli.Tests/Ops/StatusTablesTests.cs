using EcsScaling.Cli.Ops;
using EcsScaling.Core.Metrics;
using EcsScaling.Functions.Status;
using Spectre.Console;

namespace EcsScaling.Cli.Tests.Ops;

public class StatusTablesTests
{
    private static string Render(params DrainProgress[] draining)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 400;
        var measurement = new ClusterMeasurement("prod", [], [], [], 0.1, 0.2, 30, 40, draining.Length, 0, null);
        StatusTables.Render(console, new StatusReport([new ClusterStatus(measurement, draining)], null, null));
        return writer.ToString();
    }

    [Fact]
    public void An_abandoned_drain_is_shown_with_its_state_and_the_next_step()
    {
        var at = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
        var text = Render(
            new DrainProgress("i-1", "arn:ci/1", 2, at.AddHours(-1), "scale-in"),
            new DrainProgress("i-2", "arn:ci/2", 1, at.AddHours(-1), "scale-in", AbandonedDrain.Of("i-2", at, ["checkout"], new("i-2", "prod-asg", "Terminating:Retained", null, false, null), null)));

        Assert.Contains("i-2: drain abandoned at 2026-12-04 10:00:00Z, Terminating:Retained: retained by prod-asg (held by checkout): inspect it", text, StringComparison.Ordinal);
        Assert.DoesNotContain("i-1: drain abandoned", text, StringComparison.Ordinal);
    }
}

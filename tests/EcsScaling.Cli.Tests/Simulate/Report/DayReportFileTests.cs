using EcsScaling.Cli.Ops;
using EcsScaling.Cli.Simulate.Report;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Tests.Simulate.Report;

public sealed class DayReportFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ecs-scaling-report-file-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_run_with_a_day_timeline_writes_its_page()
    {
        var path = Path.Combine(directory, "day.html");
        var day = SyntheticDay.Build(minutes: 120);
        var error = new StringWriter();

        Assert.Equal(ExitCodes.Ok, DayReportFile.Write(path, Result() with { Day = day }, error));
        Assert.Equal(DayReportHtml.Render(day), File.ReadAllText(path));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void A_run_without_a_day_timeline_is_bad_input_naming_the_option_and_writes_nothing()
    {
        var path = Path.Combine(directory, "day.html");
        var error = new StringWriter();

        Assert.Equal(ExitCodes.BadInput, DayReportFile.Write(path, Result(), error));
        Assert.Equal("error: --report needs a day-long scenario such as diurnal; scenario demo records no day timeline", error.ToString().TrimEnd());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_path_that_cannot_be_written_is_bad_input_naming_it()
    {
        var path = Path.Combine(directory, "missing-folder", "day.html");
        var error = new StringWriter();

        Assert.Equal(ExitCodes.BadInput, DayReportFile.Write(path, Result() with { Day = SyntheticDay.Build(minutes: 10) }, error));
        Assert.StartsWith($"error: --report {path}: ", error.ToString(), StringComparison.Ordinal);
    }

    private static ScenarioResult Result() => new("demo", 1, 1800, [], [], [], [], new Dictionary<string, int>(), new Dictionary<string, int>(), [], 0, 0);
}

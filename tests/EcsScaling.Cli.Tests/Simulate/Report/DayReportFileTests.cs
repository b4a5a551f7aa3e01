using EcsScaling.Cli.Ops;
using EcsScaling.Cli.Simulate.Report;

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

        Assert.Equal(ExitCodes.Ok, DayReportFile.Write(path, day, error));
        Assert.Equal(DayReportHtml.Render(day), File.ReadAllText(path));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void A_scenario_without_a_day_timeline_is_bad_input_naming_the_option()
    {
        var error = new StringWriter();

        Assert.Equal(ExitCodes.BadInput, DayReportFile.Refuse("demo", error));
        Assert.Equal("error: --report needs a day-long scenario such as diurnal; scenario demo records no day timeline", error.ToString().TrimEnd());
    }

    [Fact]
    public void A_path_that_cannot_be_written_is_bad_input_naming_it()
    {
        var path = Path.Combine(directory, "missing-folder", "day.html");
        var error = new StringWriter();

        Assert.Equal(ExitCodes.BadInput, DayReportFile.Write(path, SyntheticDay.Build(minutes: 10), error));
        Assert.StartsWith($"error: --report {path}: ", error.ToString(), StringComparison.Ordinal);
    }
}

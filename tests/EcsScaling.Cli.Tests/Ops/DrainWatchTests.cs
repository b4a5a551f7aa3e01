namespace EcsScaling.Cli.Tests.Ops;

public class DrainWatchTests
{
    [Fact]
    public async Task Wait_follows_the_drain_in_virtual_time_until_every_task_stopped()
    {
        var run = await Cli.RunAsync("drain", await Cli.BusyInstanceAsync(), "--simulate", "--wait", "-o", "json");

        Assert.Equal(0, run.Code);
        var lines = run.JsonLines();
        Assert.Equal("applied", lines[0].GetProperty("drain").GetProperty("decisions")[0].GetProperty("outcome").GetString());
        var samples = lines.Skip(1).ToList();
        Assert.True(samples.Count > 1, run.Out);
        Assert.True(samples[0].GetProperty("tasksLeft").GetInt32() > 0);
        Assert.False(samples[0].GetProperty("drained").GetBoolean());
        var last = samples[^1];
        Assert.True(last.GetProperty("drained").GetBoolean());
        Assert.Equal(0, last.GetProperty("tasksLeft").GetInt32());
        Assert.Equal(0, last.GetProperty("targetsDraining").GetInt32());
        Assert.True(last.GetProperty("elapsedSeconds").GetDouble() > 0);
        Assert.True(last.GetProperty("secondsToDeadline").GetDouble() < samples[0].GetProperty("secondsToDeadline").GetDouble());
    }

    [Fact]
    public async Task Wait_as_text_prints_progress_lines()
    {
        var run = await Cli.RunAsync("drain", await Cli.BusyInstanceAsync(), "--simulate", "--wait");

        Assert.Equal(0, run.Code);
        Assert.Contains("tasks left", run.Out, StringComparison.Ordinal);
        Assert.Contains("to deadline", run.Out, StringComparison.Ordinal);
        Assert.Contains("drained", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_with_dry_run_does_not_wait()
    {
        var run = await Cli.RunAsync("drain", await Cli.BusyInstanceAsync(), "--simulate", "--wait", "--dry-run", "-o", "json");

        Assert.Equal(0, run.Code);
        Assert.Single(run.JsonLines());
    }
}

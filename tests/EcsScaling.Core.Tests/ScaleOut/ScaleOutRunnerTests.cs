using EcsScaling.Core.Observability;
using EcsScaling.Core.ScaleOut;
using EcsScaling.Core.Tests.Fakes;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.ScaleOut;

public class ScaleOutRunnerTests
{
    private readonly CapturingTelemetry _telemetry = new();
    private readonly FakeAutoScaling _autoScaling = new();

    private static ClusterBuilder Waiting(int desired)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Service("web", desired);
        cluster.Tasks("web", "i-a", 2, cpu: 2048);
        return cluster;
    }

    private void GroupWith(int desired, int max = 10)
    {
        _autoScaling.AddGroup("asg");
        _autoScaling.Groups["asg"] = _autoScaling.Groups["asg"] with { DesiredCapacity = desired, MaxSize = max };
        _autoScaling.AddInstance("i-a", "asg");
    }

    [Fact]
    public async Task Waiting_tasks_raise_the_desired_capacity_once_and_say_so()
    {
        GroupWith(1);
        var runner = new ScaleOutRunner(_autoScaling, _telemetry);

        var plan = await runner.RunAsync(Waiting(4).Snapshot(), "asg", dryRun: false, default);

        Assert.Equal(2, _autoScaling.Groups["asg"].DesiredCapacity);
        Assert.Equal((1, 1), (plan?.Added, _autoScaling.Calls["SetDesiredCapacity"]));
        Assert.Equal(1, _telemetry.Sum(ScaleOutRunner.AddedMetric));
        Assert.Contains(_telemetry.Logs, l => l.Message == "scaled out for waiting tasks" && Equals(l.Fields["waitingTasks"], 2));

        // The next minute, before the new instance registers: it is coming, nothing more is asked.
        await runner.RunAsync(Waiting(4).Snapshot(), "asg", dryRun: false, default);
        Assert.Equal(1, _autoScaling.Calls["SetDesiredCapacity"]);
    }

    [Fact]
    public async Task Nothing_waiting_makes_no_mutating_call_and_reads_the_group_once_per_container()
    {
        GroupWith(1);
        var runner = new ScaleOutRunner(_autoScaling, _telemetry);

        var plans = new[] { await runner.RunAsync(Waiting(2).Snapshot(), "asg", dryRun: false, default), await runner.RunAsync(Waiting(2).Snapshot(), "asg", dryRun: false, default) };

        Assert.All(plans, Assert.Null);
        Assert.Equal((0, 1), (_autoScaling.Calls.Mutating, _autoScaling.Calls["DescribeAutoScalingGroups"]));
    }

    [Fact]
    public async Task At_MaxSize_it_warns_and_makes_no_call()
    {
        GroupWith(1, max: 1);

        var plan = await new ScaleOutRunner(_autoScaling, _telemetry).RunAsync(Waiting(4).Snapshot(), "asg", dryRun: false, default);

        Assert.True(plan?.CappedByMaxSize);
        Assert.Equal(0, _autoScaling.Calls.Mutating);
        Assert.Contains(_telemetry.Logs, l => l.Level == LogLevel.Warn && l.Message == "tasks wait and the group is at its MaxSize");
    }

    [Fact]
    public async Task A_group_that_is_not_there_is_an_error_naming_it_even_while_nothing_waits()
    {
        var error = await Assert.ThrowsAsync<ScaleOutException>(() => new ScaleOutRunner(_autoScaling, _telemetry).RunAsync(Waiting(2).Snapshot(), "gone", dryRun: false, default));

        Assert.Contains("gone", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _autoScaling.Calls.Mutating);
    }

    [Fact]
    public async Task A_dry_run_plans_and_logs_and_raises_nothing()
    {
        GroupWith(1);

        var plan = await new ScaleOutRunner(_autoScaling, _telemetry).RunAsync(Waiting(4).Snapshot(), "asg", dryRun: true, default);

        Assert.Equal(2, plan?.DesiredAfter);
        Assert.Equal((0, 1), (_autoScaling.Calls.Mutating, _autoScaling.Groups["asg"].DesiredCapacity));
        Assert.Contains(_telemetry.Logs, l => l.Message == "dry run: would scale out for waiting tasks");
    }
}

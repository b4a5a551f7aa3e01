using EcsScaling.Core.Observability;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.Tests.Fakes;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.ScaleIn;

public class EmptyInstanceRunnerTests
{
    private static readonly TimeSpan Age = TimeSpan.FromMinutes(5);
    private readonly CapturingTelemetry _telemetry = new();
    private readonly FakeAutoScaling _autoScaling = new();

    public EmptyInstanceRunnerTests()
    {
        _autoScaling.AddGroup("asg");
        _autoScaling.Groups["asg"] = _autoScaling.Groups["asg"] with { DesiredCapacity = 3, MinSize = 1 };
        _autoScaling.AddInstance("i-a", "asg", protectedFromScaleIn: true);
        _autoScaling.AddInstance("i-b", "asg");
        _autoScaling.AddInstance("i-c", "asg");
    }

    [Fact]
    public async Task Empty_instances_go_back_with_one_lower_desired_capacity_and_it_says_so()
    {
        var plan = await new EmptyInstanceRunner(_autoScaling, _telemetry).RunAsync(EmptyInstancePlannerTests.TwoEmpty(), "asg", Age, dryRun: false, default);

        Assert.Equal((1, 1), (_autoScaling.Groups["asg"].DesiredCapacity, _autoScaling.Calls["SetDesiredCapacity"]));
        Assert.Equal(["i-b", "i-c"], plan?.GivenBack);
        Assert.Equal(2, _telemetry.Sum(EmptyInstanceRunner.GivenBackMetric));
        Assert.Contains(_telemetry.Logs, l => l.Message == "gave back empty instances" && Equals(l.Fields["givenBack"], "i-b,i-c"));
    }

    [Fact]
    public async Task A_dry_run_plans_and_logs_and_changes_nothing()
    {
        var plan = await new EmptyInstanceRunner(_autoScaling, _telemetry).RunAsync(EmptyInstancePlannerTests.TwoEmpty(), "asg", Age, dryRun: true, default);

        Assert.Equal((1, 0, 3), (plan?.DesiredAfter, _autoScaling.Calls.Mutating, _autoScaling.Groups["asg"].DesiredCapacity));
        Assert.Contains(_telemetry.Logs, l => l.Message == "dry run: would give back empty instances");
    }

    [Fact]
    public async Task Held_instances_are_logged_with_what_holds_them_and_no_call_is_made()
    {
        _autoScaling.Instances["i-a"] = _autoScaling.Instances["i-a"] with { ProtectedFromScaleIn = false };

        var plan = await new EmptyInstanceRunner(_autoScaling, _telemetry).RunAsync(EmptyInstancePlannerTests.TwoEmpty(), "asg", Age, dryRun: false, default);

        Assert.NotNull(plan?.HeldBy);
        Assert.Equal(0, _autoScaling.Calls.Mutating);
        Assert.Contains(_telemetry.Logs, l => l.Message == "empty instances kept" && Equals(l.Fields["heldBy"], plan!.HeldBy));
    }

    [Fact]
    public async Task Without_an_empty_instance_old_enough_the_group_is_not_read()
    {
        var plan = await new EmptyInstanceRunner(_autoScaling, _telemetry).RunAsync(EmptyInstancePlannerTests.TwoEmpty(), "asg", TimeSpan.FromHours(2), dryRun: false, default);

        Assert.Null(plan);
        Assert.Equal(0, _autoScaling.Calls["DescribeAutoScalingGroups"]);
    }
}

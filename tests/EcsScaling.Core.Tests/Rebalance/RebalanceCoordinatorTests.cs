using EcsScaling.Core.Events;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;

namespace EcsScaling.Core.Tests.Rebalance;

public class RebalanceCoordinatorTests
{
    private static readonly EventOrigin Origin = new(EventTransport.EventBridge, "aws.cloudwatch", "evt-1", Now, "us-east-1", "123456789012");
    private static readonly RebalanceOptions Options = new() { Clusters = ["prod"], AlarmNames = new HashSet<string> { "prod-imbalance" }, TargetScore = 0.05 };

    private static (RebalanceCoordinator Coordinator, FakeEcs Ecs) Create(RebalanceOptions? options = null)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-old");
        cluster.Instance("i-new");
        cluster.Service("web", 4, 50, 200, SpreadInstance);
        cluster.Tasks("web", "i-old", 4);
        var ecs = cluster.ToFake();
        return (new RebalanceCoordinator(ecs, options ?? Options, new FakeTimeProvider(Now), new CapturingTelemetry()), ecs);
    }

    private static AlarmStateChanged Alarm(string name, string state) => new(Origin, name, null, state, "OK", "threshold crossed", Now);

    [Theory]
    [InlineData("prod-imbalance", "OK")]
    [InlineData("prod-imbalance", "INSUFFICIENT_DATA")]
    [InlineData("someone-elses-alarm", "ALARM")]
    public async Task Alarms_not_ours_or_not_into_ALARM_do_nothing_at_all(string alarm, string state)
    {
        var (coordinator, ecs) = Create();

        var results = await coordinator.HandleAsync(Alarm(alarm, state), dryRun: false, default);

        Assert.Equal(RebalanceOutcome.Ignored, Assert.Single(results).Outcome);
        Assert.Equal(0, ecs.Calls.Total);
    }

    [Fact]
    public async Task Our_alarm_into_ALARM_starts_a_wave_on_each_configured_cluster()
    {
        var (coordinator, ecs) = Create();

        var results = await coordinator.HandleAsync(Alarm("prod-imbalance", "ALARM"), dryRun: false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, Assert.Single(results).Outcome);
        Assert.True(ecs.Calls["StopTask"] > 0);
    }

    [Fact]
    public async Task Schedule_only_starts_when_enabled_and_task_events_only_continue()
    {
        var (coordinator, ecs) = Create();
        var (enabled, enabledEcs) = Create(Options with { StartOnSchedule = true });
        var taskEvent = new TaskStateChanged(Origin, Fakes.Build.ClusterArn, "arn:task", null, "RUNNING", "RUNNING", "service:web", null, null);

        var tick = await coordinator.HandleAsync(new ScheduledTick(Origin), false, default);
        var task = await coordinator.HandleAsync(taskEvent, false, default);
        var enabledTick = await enabled.HandleAsync(new ScheduledTick(Origin), false, default);

        Assert.Equal(RebalanceOutcome.Ignored, Assert.Single(tick).Outcome);
        Assert.Equal(RebalanceOutcome.Ignored, Assert.Single(task).Outcome);
        Assert.Equal(0, ecs.Calls.Mutating);
        Assert.Equal(RebalanceOutcome.WaveStarted, Assert.Single(enabledTick).Outcome);
        Assert.True(enabledEcs.Calls.Mutating > 0);
    }

    [Fact]
    public async Task Events_of_other_clusters_are_ignored_without_a_call()
    {
        var (coordinator, ecs) = Create();
        var other = new ContainerInstanceStateChanged(Origin, "arn:aws:ecs:us-east-1:123456789012:cluster/staging", "arn:ci", "i-1", null, true, 0);

        var results = await coordinator.HandleAsync(other, false, default);

        Assert.Contains("not one of ECS_SCALING_CLUSTERS", Assert.Single(results).Reason, StringComparison.Ordinal);
        Assert.Equal(0, ecs.Calls.Total);
    }

    [Fact]
    public async Task Manual_plan_is_read_only_and_manual_dry_run_mutates_nothing()
    {
        var (coordinator, ecs) = Create();

        var plan = await coordinator.PlanAsync("prod", default);
        var dryRun = await coordinator.ExecuteAsync("prod", dryRun: true, default);

        Assert.NotEmpty(plan.Moves);
        Assert.Equal(RebalanceOutcome.DryRun, dryRun.Outcome);
        Assert.Equal(0, ecs.Calls.Mutating);
    }
}

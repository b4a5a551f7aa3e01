using EcsScaling.Core.Disruption;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;
using static EcsScaling.Core.Tests.Rebalance.RebalanceWorlds;

namespace EcsScaling.Core.Tests.Rebalance;

public class RebalanceStateMachineTests
{
    private static readonly RebalanceOptions Options = new()
    {
        Clusters = ["prod"], TargetScore = 0.05, MaxTasksPerWave = 2, MaxTasksPerServicePerWave = 2, MaxTasksPerInstancePerWave = 2,
    };

    private readonly FakeTimeProvider _time = new(Now);
    private readonly CapturingTelemetry _telemetry = new();

    private static FakeEcs ScaledOut(int minHealthy = 50, int maxPercent = 200) => AfterScaleOut(minHealthy, maxPercent, SpreadInstance).ToFake();

    private RebalanceStateMachine Executor(FakeEcs ecs, RebalanceOptions? options = null, ITelemetry? telemetry = null) =>
        new(ecs, options ?? Options, _time, telemetry ?? _telemetry);

    private static string WaveTag(FakeEcs ecs) => ecs.Tags[Fakes.Build.ClusterArn][WaveState.WaveTagKey];

    [Fact]
    public async Task Dry_run_returns_the_plan_with_no_mutating_call()
    {
        var ecs = ScaledOut();

        var result = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Manual, dryRun: true, default);

        Assert.Equal(RebalanceOutcome.DryRun, result.Outcome);
        Assert.Equal(2, result.Plan!.Moves.Count);
        Assert.Equal(0, ecs.Calls.Mutating);
    }

    [Fact]
    public async Task First_wave_records_itself_then_stops_the_planned_tasks_with_a_reason_naming_us()
    {
        var ecs = ScaledOut();

        var result = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Alarm, dryRun: false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, result.Outcome);
        Assert.Equal(2, ecs.Calls["StopTask"]);
        Assert.Equal("wave 1 started 2026-11-27T03:00:00Z", WaveTag(ecs));
        Assert.All(result.StoppedTaskArns, arn => Assert.StartsWith("ecs-scaling rebalance wave 1", ecs.Tasks[arn].StoppedReason, StringComparison.Ordinal));
        Assert.Equal(2, _telemetry.Logs.Count(l => l.Message == "stopping task" && l.Fields["taskArn"] is string));
    }

    [Fact]
    public async Task Cooldown_blocks_a_new_rebalance_unless_ignored_explicitly()
    {
        var ecs = ScaledOut();
        ecs.Tags[Fakes.Build.ClusterArn] = new() { [WaveState.LastRunTagKey] = "2026-11-27T02:50:00Z", [WaveState.WaveTagKey] = WaveState.Idle };

        var blocked = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Alarm, dryRun: false, default);
        var mutatingWhileBlocked = ecs.Calls.Mutating;
        var forced = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Manual, dryRun: false, default, ignoreCooldown: true);

        Assert.Equal(RebalanceOutcome.CoolingDown, blocked.Outcome);
        Assert.Contains("2026-11-27T03:20:00Z", blocked.Reason, StringComparison.Ordinal);
        Assert.Equal(0, mutatingWhileBlocked);
        Assert.Equal(RebalanceOutcome.WaveStarted, forced.Outcome);
    }

    [Fact]
    public async Task Waves_wait_for_replacements_then_continue_until_the_score_is_within_target()
    {
        var ecs = ScaledOut();
        var executor = Executor(ecs);
        var outcomes = new List<RebalanceOutcome>();

        var wave = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        for (var i = 0; i < 6 && wave.Outcome == RebalanceOutcome.WaveStarted; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            var waiting = await executor.RunAsync("prod", RebalanceTrigger.Continue, false, default);
            outcomes.Add(waiting.Outcome);
            FakeScheduler.ReplaceStopped(ecs, wave.Plan!, _time.GetUtcNow());
            _time.Advance(TimeSpan.FromMinutes(1));
            wave = await executor.RunAsync("prod", RebalanceTrigger.Schedule, false, default);
            outcomes.Add(wave.Outcome);
        }

        Assert.Equal([RebalanceOutcome.WaitingForReplacements, RebalanceOutcome.WaveStarted, RebalanceOutcome.WaitingForReplacements, RebalanceOutcome.Completed], outcomes);
        Assert.Equal(4, ecs.Calls["StopTask"]);
        Assert.Equal(WaveState.Idle, WaveTag(ecs));
        Assert.Equal(2, ecs.Tasks.Values.Count(t => !t.IsStopped && t.ContainerInstanceArn!.EndsWith("i-new1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_next_wave_does_not_refill_an_instance_the_previous_wave_freed()
    {
        // A web task (1000 CPU) fits neither on i-x while worker fills it nor on the receivers (999
        // left each), so wave 1 only frees i-x. Once it is empty, spreading web would put a task
        // there, the one instance that can take it, undoing the freeing.
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Instance("i-x");
        cluster.Service("web", 3, 50, 200, SpreadInstance);
        cluster.Service("worker", 12, 0, 200, new PlacementStrategy("binpack", "cpu"));
        cluster.Tasks("web", "i-a", 2, cpu: 1000);
        cluster.Tasks("web", "i-b", 1, cpu: 1000);
        cluster.Tasks("worker", "i-a", 1, cpu: 300);
        cluster.Tasks("worker", "i-x", 11, cpu: 300);
        foreach (var receiver in new[] { "i-r1", "i-r2", "i-r3", "i-r4" })
        {
            cluster.Instance(receiver);
            cluster.Task("family:filler", receiver, cpu: 3097);
        }

        var ecs = cluster.ToFake();
        var executor = Executor(ecs, Options with { TargetScore = 0, MaxTasksPerWave = 20, MaxTasksPerServicePerWave = 20, MaxTasksPerInstancePerWave = 20 });

        var first = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        FakeScheduler.ReplaceStopped(ecs, first.Plan!, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await executor.RunAsync("prod", RebalanceTrigger.Schedule, false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, first.Outcome);
        Assert.All(first.Plan!.Moves, m => Assert.Equal((MoveKind.Consolidate, "i-x"), (m.Kind, m.FromEc2InstanceId)));
        Assert.Equal(11, first.Plan.Moves.Count);
        Assert.DoesNotContain(second.Plan?.Moves ?? [], m => m.ToEc2InstanceId == "i-x");
        Assert.DoesNotContain(ecs.Tasks.Values, t => !t.IsStopped && t.ContainerInstanceArn!.EndsWith("i-x", StringComparison.Ordinal));
    }

    private static RebalanceOptions WithBudgets(RebalanceOptions options, string budgets) =>
        options with { DisruptionBudgets = DisruptionBudgetsParser.Parse(new Dictionary<string, string?> { [DisruptionBudgetsParser.Variable] = budgets }) };

    [Fact]
    public async Task A_wave_held_by_a_budget_window_is_skipped_without_a_mutating_call_and_starts_once_the_window_closes()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-full");
        cluster.Instance("i-light");
        cluster.Service("worker", 6, 50, 200, new PlacementStrategy("binpack", "memory"));
        cluster.Tasks("worker", "i-full", 4, cpu: 256);
        cluster.Tasks("worker", "i-light", 2, cpu: 256);
        var ecs = cluster.ToFake();
        var executor = Executor(ecs, WithBudgets(Options with { MaxTasksPerWave = 10 }, "consolidation=0 at 0 0 * * * for 4h"));

        var held = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        var mutatingWhileHeld = ecs.Calls.Mutating;
        _time.Advance(TimeSpan.FromHours(1));
        var started = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);

        Assert.Equal(RebalanceOutcome.HeldByBudget, held.Outcome);
        Assert.Contains("held by disruption budget: consolidation held back on 2 instances (i-full, i-light): consolidation budget 'consolidation=0 at 0 0 * * * for 4h' allows 0", held.Reason, StringComparison.Ordinal);
        Assert.Equal(0, mutatingWhileHeld);
        Assert.Equal(RebalanceOutcome.WaveStarted, started.Outcome);
        Assert.All(started.Plan!.Moves, m => Assert.Equal("i-light", m.FromEc2InstanceId));
        var metric = Assert.Single(_telemetry.Metrics, m => m.Name == DisruptionMetrics.HeldBack);
        Assert.Equal([new MetricDimension("ClusterName", "prod"), new MetricDimension("Reason", "consolidation")], metric.Dimensions);
        var line = Assert.Single(_telemetry.Logs, l => l.Message == "disruption held back by budget");
        Assert.Equal(("consolidation", "i-full,i-light", 0), (line.Fields["disruptionReason"], line.Fields["heldBack"], line.Fields["allowed"]));
    }

    [Fact]
    public async Task A_next_wave_held_by_a_budget_waits_with_the_rebalance_still_recorded()
    {
        var ecs = ScaledOut();
        var executor = Executor(ecs, WithBudgets(Options, "rebalance=0 at 1 3 * * * for 1h"));

        var first = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        FakeScheduler.ReplaceStopped(ecs, first.Plan!, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(2));
        var next = await executor.RunAsync("prod", RebalanceTrigger.Schedule, false, default);
        _time.Advance(TimeSpan.FromHours(1));
        var resumed = await executor.RunAsync("prod", RebalanceTrigger.Schedule, false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, first.Outcome);
        Assert.Equal((RebalanceOutcome.HeldByBudget, 1), (next.Outcome, next.Wave));
        Assert.Equal((RebalanceOutcome.WaveStarted, 2), (resumed.Outcome, resumed.Wave));
    }

    [Fact]
    public async Task A_continuation_that_starts_the_next_wave_reads_the_cluster_once()
    {
        var ecs = ScaledOut();
        var executor = Executor(ecs);
        var first = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        FakeScheduler.ReplaceStopped(ecs, first.Plan!, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(1));
        var listingsBefore = ecs.Calls["ListContainerInstances"];
        var serviceReadsBefore = ecs.Calls["DescribeServices"];

        var next = await executor.RunAsync("prod", RebalanceTrigger.Schedule, false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, next.Outcome);
        Assert.Equal(2, next.Wave);
        Assert.Equal(1, ecs.Calls["ListContainerInstances"] - listingsBefore);
        Assert.Equal(1, ecs.Calls["DescribeServices"] - serviceReadsBefore);
    }

    [Fact]
    public async Task A_scheduled_tick_with_no_wave_in_progress_costs_one_cluster_read()
    {
        var ecs = ScaledOut();
        ecs.Tags[Fakes.Build.ClusterArn] = new() { [WaveState.WaveTagKey] = WaveState.Idle };

        var result = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Schedule, false, default);

        Assert.Equal(RebalanceOutcome.Ignored, result.Outcome);
        Assert.Equal((1, 1), (ecs.Calls.Total, ecs.Calls["DescribeClusters"]));
    }

    [Fact]
    public async Task A_touched_service_dropping_below_its_floor_aborts_the_rebalance()
    {
        var ecs = ScaledOut();
        var executor = Executor(ecs);
        var first = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        // Six of eight still run after the wave (floor 4); three crash on top of it.
        foreach (var survivor in ecs.Tasks.Values.Where(t => t.DesiredStatus == EcsTaskStatus.Running).Take(3).ToList())
        {
            FakeScheduler.Crash(ecs, survivor.Arn);
        }

        var stopsBefore = ecs.Calls["StopTask"];

        var result = await executor.RunAsync("prod", RebalanceTrigger.Continue, false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, first.Outcome);
        Assert.Equal(RebalanceOutcome.Aborted, result.Outcome);
        Assert.Contains("below its floor of 4", result.Reason, StringComparison.Ordinal);
        Assert.Equal(stopsBefore, ecs.Calls["StopTask"]);
        Assert.Equal(WaveState.Idle, WaveTag(ecs));
        Assert.Contains(_telemetry.Logs, l => l.Level == LogLevel.Error && l.Message == "rebalance aborted");
    }

    [Fact]
    public async Task A_wave_whose_replacements_never_come_times_out_and_aborts()
    {
        var ecs = ScaledOut();
        var executor = Executor(ecs);
        await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        _time.Advance(Options.WaveTimeout + TimeSpan.FromMinutes(1));

        var result = await executor.RunAsync("prod", RebalanceTrigger.Schedule, false, default);

        Assert.Equal(RebalanceOutcome.Aborted, result.Outcome);
        Assert.Contains("timed out", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_StopTask_failure_midway_cuts_the_wave_and_the_retry_waits_instead_of_stopping_again()
    {
        var ecs = ScaledOut();
        var failOnSecondStop = new FailingOnNthStop(ecs, 2, _telemetry);
        var first = await Executor(ecs, telemetry: failOnSecondStop).RunAsync("prod", RebalanceTrigger.Alarm, false, default);

        var retry = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        FakeScheduler.ReplaceStopped(ecs, first.Plan!, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(2));
        var next = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Schedule, false, default);

        Assert.Equal(RebalanceOutcome.Failed, first.Outcome);
        Assert.Single(first.StoppedTaskArns);
        Assert.Equal(RebalanceOutcome.WaitingForReplacements, retry.Outcome);
        Assert.Equal(RebalanceOutcome.WaveStarted, next.Outcome);
        Assert.Equal(2, next.Wave);
        Assert.Equal(1 + 1 + next.StoppedTaskArns.Count, ecs.Calls["StopTask"]);
    }

    [Fact]
    public async Task Protected_tasks_are_checked_for_the_planned_tasks_only_and_never_stopped()
    {
        var ecs = ScaledOut();
        var protectedTask = ecs.Tasks.Values.First(t => t.ContainerInstanceArn!.EndsWith("i-old2", StringComparison.Ordinal));
        ecs.ProtectedTasks.Add(protectedTask.Arn);
        ecs.ProtectedTasks.UnionWith(ecs.Tasks.Values.Where(t => t.ContainerInstanceArn!.EndsWith("i-old1", StringComparison.Ordinal)).Select(t => t.Arn));

        var result = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Manual, false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, result.Outcome);
        Assert.DoesNotContain(protectedTask.Arn, result.StoppedTaskArns);
        Assert.DoesNotContain(result.StoppedTaskArns, arn => ecs.ProtectedTasks.Contains(arn));
        Assert.InRange(ecs.Calls["GetTaskProtection"], 1, 6);
    }

    [Fact]
    public async Task Drain_mode_drains_then_reactivates_the_instance_once_ECS_has_moved_its_tasks()
    {
        var ecs = ScaledOut(minHealthy: 100);
        var executor = Executor(ecs, Options with { AllowInstanceDrain = true });

        var started = await executor.RunAsync("prod", RebalanceTrigger.Alarm, false, default);
        var drained = started.Plan!.Drain!;
        var waiting = await executor.RunAsync("prod", RebalanceTrigger.Continue, false, default);
        FakeScheduler.MoveServiceTasks(ecs, drained.ContainerInstanceArn, ecs.Instances.Keys.First(k => k.EndsWith("i-new1", StringComparison.Ordinal)), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = await executor.RunAsync("prod", RebalanceTrigger.Continue, false, default);

        Assert.Equal(RebalanceOutcome.WaveStarted, started.Outcome);
        Assert.Equal(0, ecs.Calls["StopTask"]);
        Assert.Equal(RebalanceOutcome.WaitingForReplacements, waiting.Outcome);
        Assert.Contains(_telemetry.Logs, l => l.Message == "reactivating drained instance" && Equals(l.Fields["containerInstanceArn"], drained.ContainerInstanceArn));
        Assert.Equal(ContainerInstanceStatus.Active, ecs.Instances[drained.ContainerInstanceArn].Status);
        Assert.NotEqual(drained.ContainerInstanceArn, after.Plan?.Drain?.ContainerInstanceArn);
    }

    [Fact]
    public async Task A_wave_tag_edited_by_hand_is_reported_and_nothing_is_changed()
    {
        var ecs = ScaledOut();
        ecs.Tags[Fakes.Build.ClusterArn] = new() { [WaveState.WaveTagKey] = "wave two" };

        var result = await Executor(ecs).RunAsync("prod", RebalanceTrigger.Alarm, false, default);

        Assert.Equal(RebalanceOutcome.Failed, result.Outcome);
        Assert.Contains(WaveState.WaveTagKey, result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ecs.Calls.Mutating);
    }

    /// <summary>Queues a StopTask failure just before the nth stop, as a throttled or failed call would arrive midway.</summary>
    private sealed class FailingOnNthStop(FakeEcs ecs, int n, ITelemetry inner) : ITelemetry
    {
        private int _stops;

        public void Log(LogLevel level, string message, params ReadOnlySpan<LogField> fields)
        {
            if (message == "stopping task" && ++_stops == n)
            {
                ecs.Calls.FailNext("StopTask", new AwsCallException("ecs", "StopTask", "ThrottlingException", "Rate exceeded", "req-1", 400));
            }

            inner.Log(level, message, fields);
        }

        public void Metric(string name, double value, string unit, params ReadOnlySpan<MetricDimension> dimensions) => inner.Metric(name, value, unit, dimensions);
    }
}

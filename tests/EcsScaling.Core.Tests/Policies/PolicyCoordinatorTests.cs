using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Core.Tests.Policies;

public class PolicyCoordinatorTests
{
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");

    [Fact]
    public async Task A_fix_tick_applies_the_document_and_the_next_tick_only_describes()
    {
        var h = new PolicyHarness();
        var coordinator = h.Coordinator();

        var first = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);
        var mutating = h.MutatingCalls;
        var second = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);

        Assert.Equal((PolicyOutcome.Applied, 3), (first.Outcome, first.Changes.Count));
        Assert.Equal((PolicyOutcome.NoChange, 3), (second.Outcome, mutating));
        Assert.Equal(mutating, h.MutatingCalls);
        Assert.Equal((0, 0), (h.Ecs.Calls["UpdateService"], h.CloudWatch.Calls.Mutating));
        Assert.Equal([3.0, 0.0], h.Telemetry.Metrics.Where(m => m.Name == PolicyCoordinator.DriftMetric).Select(m => m.Value));
    }

    [Fact]
    public async Task A_report_tick_measures_drift_and_changes_nothing()
    {
        var h = new PolicyHarness(mode: PolicyMode.Report);

        var result = await h.Coordinator().HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);

        Assert.Equal((PolicyOutcome.Drift, 3), (result.Outcome, result.Changes.Count));
        Assert.Equal(0, h.MutatingCalls);
        var metric = Assert.Single(h.Telemetry.Metrics);
        Assert.Equal((PolicyCoordinator.DriftMetric, 3.0, "report"), (metric.Name, metric.Value, metric.Dimensions.Single().Value));
    }

    [Fact]
    public async Task Dry_runs_make_no_mutating_call()
    {
        var h = new PolicyHarness();
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "ALARM", h.Time.GetUtcNow());
        var coordinator = h.Coordinator();

        var alarm = await coordinator.HandleAsync(PolicyEvents.Alarm("ALARM", h.Time.GetUtcNow()), dryRun: true, default);
        var apply = await coordinator.ApplyAsync("surge", dryRun: true, default);
        var diff = await coordinator.DiffAsync(null, default);

        Assert.Equal((PolicyOutcome.Planned, "surge", "normal"), (alarm.Outcome, alarm.Profile, alarm.PreviousProfile));
        Assert.Equal(PolicyOutcome.Planned, apply.Outcome);
        Assert.Equal(PolicyOutcome.Drift, diff.Outcome);
        Assert.Equal(0, h.MutatingCalls);
    }

    [Fact]
    public async Task An_alarm_going_to_ALARM_applies_its_profile_and_records_it_on_the_cluster()
    {
        var h = new PolicyHarness();
        var coordinator = h.Coordinator();
        await coordinator.ApplyAsync(null, dryRun: false, default);
        var changedAt = h.Time.GetUtcNow();
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "ALARM", changedAt);

        var result = await coordinator.HandleAsync(PolicyEvents.Alarm("ALARM", changedAt), dryRun: false, default);

        Assert.Equal((PolicyOutcome.ProfileSwitched, "surge", "normal"), (result.Outcome, result.Profile, result.PreviousProfile));
        Assert.Equal(6, h.Policies.Targets[Web].MinCapacity);
        Assert.Equal(40, h.Policies.Policies[Web]["ecs-scaling-cpu"].Configuration.TargetValue);
        var tags = h.Ecs.Tags[PolicyHarness.ClusterArn];
        Assert.Equal(("surge", $"alarm:{PolicyHarness.SurgeAlarm}"), (tags[ActiveProfile.NameTag], tags[ActiveProfile.SourceTag]));
        Assert.Contains(h.Telemetry.Logs, l => l.Message == "switch policy profile" && (string?)l.Fields["to"] == "surge");
    }

    [Fact]
    public async Task An_ALARM_event_for_an_alarm_that_is_already_OK_again_switches_nothing()
    {
        var h = new PolicyHarness();
        var at = h.Time.GetUtcNow();
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "OK", at.AddSeconds(30));

        var result = await h.Coordinator().HandleAsync(PolicyEvents.Alarm("ALARM", at), dryRun: false, default);

        Assert.Equal((PolicyOutcome.NoChange, "normal"), (result.Outcome, result.Profile));
        Assert.Equal(0, h.MutatingCalls);
    }

    [Fact]
    public async Task An_event_older_than_the_state_that_set_the_profile_is_ignored_without_asking_CloudWatch()
    {
        var h = new PolicyHarness();
        var coordinator = h.Coordinator();
        var at = h.Time.GetUtcNow();
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "ALARM", at);
        await coordinator.HandleAsync(PolicyEvents.Alarm("ALARM", at), dryRun: false, default);
        var describes = h.CloudWatch.Calls["DescribeAlarms"];

        var stale = await coordinator.HandleAsync(PolicyEvents.Alarm("OK", at.AddMinutes(-5)), dryRun: false, default);

        Assert.Equal((PolicyOutcome.Ignored, "surge"), (stale.Outcome, stale.Profile));
        Assert.Equal(describes, h.CloudWatch.Calls["DescribeAlarms"]);
    }

    [Fact]
    public async Task Normal_returns_only_once_the_alarm_has_been_OK_for_the_hold_evaluated_on_the_next_tick()
    {
        var h = new PolicyHarness(holdSeconds: 600);
        var coordinator = h.Coordinator();
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "ALARM", h.Time.GetUtcNow());
        await coordinator.HandleAsync(PolicyEvents.Alarm("ALARM", h.Time.GetUtcNow()), dryRun: false, default);
        h.Time.Advance(TimeSpan.FromMinutes(3));
        var okAt = h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "OK", h.Time.GetUtcNow()).StateUpdatedAt!.Value;

        var early = await coordinator.HandleAsync(PolicyEvents.Alarm("OK", okAt), dryRun: false, default);
        h.Time.Advance(TimeSpan.FromMinutes(9));
        var stillEarly = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var restored = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);

        Assert.Equal((PolicyOutcome.NoChange, "surge"), (early.Outcome, early.Profile));
        Assert.Contains("back to normal at", early.Message, StringComparison.Ordinal);
        Assert.Equal("surge", stillEarly.Profile);
        Assert.Equal((PolicyOutcome.ProfileSwitched, "normal"), (restored.Outcome, restored.Profile));
        Assert.Equal(2, h.Policies.Targets[Web].MinCapacity);
        Assert.Equal(60, h.Policies.Policies[Web]["ecs-scaling-cpu"].Configuration.TargetValue);
        Assert.Equal("normal", h.ActiveProfileTag);
    }

    [Fact]
    public async Task A_fix_tick_keeps_the_active_profile_instead_of_reverting_to_the_base()
    {
        var h = new PolicyHarness();
        var coordinator = h.Coordinator();
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "ALARM", h.Time.GetUtcNow());
        await coordinator.HandleAsync(PolicyEvents.Alarm("ALARM", h.Time.GetUtcNow()), dryRun: false, default);
        h.Policies.Targets[Web] = h.Policies.Targets[Web] with { MinCapacity = 1 };

        var tick = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);

        Assert.Equal((PolicyOutcome.Applied, "surge"), (tick.Outcome, tick.Profile));
        Assert.Equal(6, h.Policies.Targets[Web].MinCapacity);
    }

    [Fact]
    public async Task A_profile_applied_by_hand_is_recorded_and_survives_ticks()
    {
        var h = new PolicyHarness(holdSeconds: 0);
        h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, "OK", h.Time.GetUtcNow().AddHours(-1));
        var coordinator = h.Coordinator();

        var applied = await coordinator.ApplyAsync("surge", dryRun: false, default);
        var tick = await coordinator.HandleAsync(PolicyEvents.Tick(h.Time.GetUtcNow()), dryRun: false, default);

        Assert.Equal((PolicyOutcome.Applied, "surge", "normal"), (applied.Outcome, applied.Profile, applied.PreviousProfile));
        Assert.Equal(ActiveProfile.ManualSource, h.Ecs.Tags[PolicyHarness.ClusterArn][ActiveProfile.SourceTag]);
        Assert.Equal((PolicyOutcome.NoChange, "surge"), (tick.Outcome, tick.Profile));
    }

    [Fact]
    public async Task Unknown_profiles_and_unmapped_alarms_make_no_call()
    {
        var h = new PolicyHarness();
        var coordinator = h.Coordinator();

        await Assert.ThrowsAsync<PolicyValidationException>(() => coordinator.ApplyAsync("surgee", dryRun: false, default));
        await Assert.ThrowsAsync<PolicyValidationException>(() => coordinator.DiffAsync("surgee", default));
        var unmapped = await coordinator.HandleAsync(PolicyEvents.Alarm("ALARM", h.Time.GetUtcNow(), name: "someone-elses"), dryRun: false, default);

        Assert.Equal(PolicyOutcome.Ignored, unmapped.Outcome);
        Assert.Equal(0, h.Ecs.Calls.Total + h.Policies.Calls.Total + h.CloudWatch.Calls.Total);
    }

    [Fact]
    public void Options_mapping_an_alarm_to_an_unknown_profile_are_rejected_when_built()
    {
        var h = new PolicyHarness();
        h.Options = h.Options with { AlarmProfiles = [new AlarmProfile("a", "panic")] };

        var error = Assert.Throws<PolicyValidationException>(() => h.Coordinator());

        Assert.Contains("unknown profile 'panic'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_that_are_not_about_policies_are_ignored()
    {
        var h = new PolicyHarness();
        var origin = new EcsScaling.Core.Events.EventOrigin(EcsScaling.Core.Events.EventTransport.Manual, "manual", null, null, null, null);

        var result = await h.Coordinator().HandleAsync(new EcsScaling.Core.Events.RebalanceRecommendation(origin, "i-1"), dryRun: false, default);

        Assert.Equal(PolicyOutcome.Ignored, result.Outcome);
        Assert.Equal(0, h.Policies.Calls.Total);
    }
}

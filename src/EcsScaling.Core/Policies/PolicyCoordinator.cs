using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Forecast;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Policies;

/// <summary>
/// Entry point for the policy functions and the manual commands. An alarm state change may switch
/// the profile; a scheduled tick restores normal once the hold has passed, then reports (or fixes,
/// in fix mode) drift of the active profile. Every run is safe to repeat: state lives in AWS.
/// </summary>
public sealed class PolicyCoordinator
{
    public const string DriftMetric = "PolicyDrift";

    private readonly GatewaySet _gateways;
    private readonly PolicyOptions _options;
    private readonly PolicyDocument _document;
    private readonly TimeProvider _time;
    private readonly ITelemetry _telemetry;
    private readonly PolicyReconciler _reconciler;
    private readonly ProfileStore _store;
    private readonly ForecastReader _forecasts;

    /// <exception cref="PolicyValidationException">The options name a profile the document lacks.</exception>
    public PolicyCoordinator(GatewaySet gateways, PolicyOptions options, PolicyDocument document, TimeProvider time, ITelemetry telemetry)
    {
        options.CheckAgainst(document);
        (_gateways, _options, _document, _time, _telemetry) = (gateways, options, document, time, telemetry);
        _reconciler = new PolicyReconciler(gateways.ScalingPolicies, telemetry, options.NamePrefix);
        _store = new ProfileStore(gateways.Ecs, options.StateClusterArn, document, telemetry);
        _forecasts = new ForecastReader(gateways, time, telemetry, options.NamePrefix);
    }

    public Task<PolicyResult> HandleAsync(ScalingEvent scalingEvent, bool dryRun, CancellationToken cancellationToken) => scalingEvent switch
    {
        AlarmStateChanged alarm => OnAlarmAsync(alarm, dryRun, cancellationToken),
        ScheduledTick => OnTickAsync(dryRun, cancellationToken),
        _ => Task.FromResult(Ignored(PolicyDocument.NormalProfile, dryRun, $"{scalingEvent.GetType().Name} is not a policy event")),
    };

    /// <summary>The profile in force, as recorded in the state cluster's tags (normal when none is recorded).</summary>
    public Task<ActiveProfile> ActiveProfileAsync(CancellationToken cancellationToken) => _store.ReadAsync(cancellationToken);

    /// <summary>Differences between the document and AWS for a profile (default: the active one); no mutating call.</summary>
    public async Task<PolicyResult> DiffAsync(string? profile, CancellationToken cancellationToken)
    {
        var (name, _) = await ChooseAsync(profile, cancellationToken);
        var changes = await _reconciler.PlanAsync(_document.Profile(name), cancellationToken);
        var forecasts = await _forecasts.ReadAsync(_document.Profile(name), changes, cancellationToken);
        return Report(PolicyOutcome.Drift, name, dryRun: true, changes) with { Forecasts = forecasts.Count == 0 ? null : forecasts };
    }

    /// <summary>Applies a profile (default: the active one). Applying a named profile records it as set by hand.</summary>
    public async Task<PolicyResult> ApplyAsync(string? profile, bool dryRun, CancellationToken cancellationToken)
    {
        var (name, active) = await ChooseAsync(profile, cancellationToken);
        var changes = await _reconciler.PlanAsync(_document.Profile(name), cancellationToken);
        if (dryRun)
        {
            return Report(PolicyOutcome.Planned, name, dryRun, changes);
        }

        await _reconciler.ApplyAsync(name, changes, cancellationToken);
        if (name != active.Name || (profile is not null && !active.IsManual))
        {
            await _store.WriteAsync(new ActiveProfile(name, _time.GetUtcNow(), ActiveProfile.ManualSource, null), cancellationToken);
        }

        return Report(PolicyOutcome.Applied, name, dryRun, changes) with { PreviousProfile = name == active.Name ? null : active.Name };
    }

    /// <summary>The named profile, checked before any AWS call, or without a name the active one.</summary>
    private async Task<(string Name, ActiveProfile Active)> ChooseAsync(string? profile, CancellationToken cancellationToken)
    {
        var named = profile is null ? null : _document.Profile(profile).Name;
        var active = await _store.ReadAsync(cancellationToken);
        return (named ?? active.Name, active);
    }

    private async Task<PolicyResult> OnAlarmAsync(AlarmStateChanged alarm, bool dryRun, CancellationToken cancellationToken)
    {
        if (_options.AlarmProfiles.All(a => a.AlarmName != alarm.AlarmName))
        {
            return Ignored(PolicyDocument.NormalProfile, dryRun, $"alarm '{alarm.AlarmName}' is not mapped to a profile");
        }

        var active = await _store.ReadAsync(cancellationToken);
        if (alarm.StateChangedAt is { } changedAt && active.AlarmAt is { } decidedAt && changedAt <= decidedAt)
        {
            _telemetry.Log(LogLevel.Info, "stale alarm event ignored", ("alarm", alarm.AlarmName), ("state", alarm.State), ("stateChangedAt", changedAt), ("profileDecidedAt", decidedAt));
            return Ignored(active.Name, dryRun, $"event of {changedAt:O} is older than the state that set profile '{active.Name}' ({decidedAt:O})");
        }

        var decision = await DecideAsync(active, cancellationToken);
        return decision.Switch
            ? await SwitchAsync(active, decision, dryRun, cancellationToken)
            : new PolicyResult(PolicyOutcome.NoChange, active.Name, null, dryRun, [], decision.Reason);
    }

    private async Task<PolicyResult> OnTickAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var active = await _store.ReadAsync(cancellationToken);
        if (_options.AlarmProfiles.Count > 0 && await DecideAsync(active, cancellationToken) is { Switch: true } decision)
        {
            return await SwitchAsync(active, decision, dryRun, cancellationToken);
        }

        var changes = await _reconciler.PlanAsync(_document.Profile(active.Name), cancellationToken);
        _telemetry.Metric(DriftMetric, changes.Count, "Count", new MetricDimension("Mode", _options.Mode.ToString().ToLowerInvariant()));
        if (_options.Mode == PolicyMode.Report || dryRun || changes.Count == 0)
        {
            var forecasts = await _forecasts.ReadAsync(_document.Profile(active.Name), changes, cancellationToken);
            return Report(dryRun && _options.Mode == PolicyMode.Fix ? PolicyOutcome.Planned : PolicyOutcome.Drift, active.Name, dryRun, changes) with { Forecasts = forecasts.Count == 0 ? null : forecasts };
        }

        await _reconciler.ApplyAsync(active.Name, changes, cancellationToken);
        return Report(PolicyOutcome.Applied, active.Name, dryRun, changes);
    }

    private async Task<ProfileDecision> DecideAsync(ActiveProfile active, CancellationToken cancellationToken)
    {
        var states = await _gateways.CloudWatch.DescribeAlarmsAsync([.. _options.AlarmProfiles.Select(a => a.AlarmName)], cancellationToken);
        var decision = ProfileDecider.Decide(active, _options.AlarmProfiles, states, _options.RestoreHold, _time.GetUtcNow());
        _telemetry.Log(LogLevel.Info, "policy profile decision", ("active", active.Name), ("profile", decision.Profile), ("switch", decision.Switch),
            ("reason", decision.Reason), ("alarm", decision.Alarm), ("restoreAt", decision.RestoreAt));
        return decision;
    }

    private async Task<PolicyResult> SwitchAsync(ActiveProfile active, ProfileDecision decision, bool dryRun, CancellationToken cancellationToken)
    {
        var changes = await _reconciler.PlanAsync(_document.Profile(decision.Profile), cancellationToken);
        _telemetry.Log(LogLevel.Info, "switch policy profile", ("from", active.Name), ("to", decision.Profile), ("reason", decision.Reason),
            ("alarm", decision.Alarm), ("changes", changes.Count), ("dryRun", dryRun));
        if (!dryRun)
        {
            // Policies first, tag last: if a call fails the tag still names the old profile and the next event retries.
            await _reconciler.ApplyAsync(decision.Profile, changes, cancellationToken);
            var source = decision.Alarm is null ? null : ActiveProfile.AlarmSource(decision.Alarm);
            await _store.WriteAsync(new ActiveProfile(decision.Profile, _time.GetUtcNow(), source, decision.AlarmAt), cancellationToken);
        }

        return new PolicyResult(dryRun ? PolicyOutcome.Planned : PolicyOutcome.ProfileSwitched, decision.Profile, active.Name, dryRun, Drift(changes), decision.Reason);
    }

    private static PolicyResult Report(PolicyOutcome outcome, string profile, bool dryRun, IReadOnlyList<PolicyChange> changes) =>
        new(changes.Count == 0 ? PolicyOutcome.NoChange : outcome, profile, null, dryRun, Drift(changes),
            changes.Count == 0 ? $"AWS matches profile '{profile}'" : $"{changes.Count} difference(s) from profile '{profile}'");

    private static PolicyResult Ignored(string profile, bool dryRun, string reason) => new(PolicyOutcome.Ignored, profile, null, dryRun, [], reason);

    private static List<DriftItem> Drift(IReadOnlyList<PolicyChange> changes) => [.. changes.Select(c => c.Drift)];
}

using EcsScaling.Core.Policies.Forecast;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Policies;

public enum PolicyOutcome
{
    /// <summary>AWS already matches the document for the active profile.</summary>
    NoChange,

    /// <summary>Differences found and reported, not fixed (report mode or a diff).</summary>
    Drift,

    /// <summary>Differences applied.</summary>
    Applied,

    /// <summary>The active profile changed and its differences were applied.</summary>
    ProfileSwitched,

    /// <summary>Dry run: Changes is the plan, nothing was changed.</summary>
    Planned,

    /// <summary>Nothing to do for this event (unmapped alarm, stale event, other event type).</summary>
    Ignored,
}

/// <summary>
/// What a policy run did or would do. Changes are the differences found (the plan for a dry run);
/// PreviousProfile is set when the profile switched or would switch. Forecasts (drift reports only)
/// put each ForecastOnly predictive policy's capacity forecast beside the service's desired count.
/// </summary>
public sealed record PolicyResult(
    PolicyOutcome Outcome,
    string Profile,
    string? PreviousProfile,
    bool DryRun,
    IReadOnlyList<DriftItem> Changes,
    string Message,
    IReadOnlyList<ForecastComparison>? Forecasts = null);

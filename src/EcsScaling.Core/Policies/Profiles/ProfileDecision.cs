namespace EcsScaling.Core.Policies.Profiles;

/// <summary>
/// The profile that should be in force. Switch is false when the active one stays; Alarm and
/// AlarmAt name the alarm state that justified a switch, RestoreAt when a pending return to
/// normal becomes due.
/// </summary>
public sealed record ProfileDecision(string Profile, bool Switch, string Reason, string? Alarm = null, DateTimeOffset? AlarmAt = null, DateTimeOffset? RestoreAt = null);

using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies.Profiles;

/// <summary>
/// Decides the profile from the alarms' current states (as DescribeAlarms reports them), never
/// from the event that woke us: events arrive duplicated and out of order, the alarm's state
/// does not. The first mapped alarm in ALARM wins (map order is priority). Back to normal only
/// when the alarms that own the active profile are OK and have been for the hold time; an alarm
/// in INSUFFICIENT_DATA holds the profile (more capacity is the safe side). A profile set by hand
/// stays until set by hand again or an alarm switches to another profile.
/// </summary>
public static class ProfileDecider
{
    public const string Alarm = "ALARM";
    public const string Ok = "OK";

    public static ProfileDecision Decide(ActiveProfile active, IReadOnlyList<AlarmProfile> map, IReadOnlyList<AlarmState> states, TimeSpan hold, DateTimeOffset now)
    {
        foreach (var entry in map)
        {
            if (StateOf(states, entry.AlarmName) is { StateValue: Alarm } firing)
            {
                return entry.Profile == active.Name
                    ? new ProfileDecision(active.Name, false, $"alarm '{entry.AlarmName}' is in ALARM and its profile is already active")
                    : new ProfileDecision(entry.Profile, true, $"alarm '{entry.AlarmName}' is in ALARM", entry.AlarmName, firing.StateUpdatedAt ?? now);
            }
        }

        if (active.Name == PolicyDocument.NormalProfile)
        {
            return new ProfileDecision(active.Name, false, "no mapped alarm is in ALARM");
        }

        if (active.IsManual)
        {
            return new ProfileDecision(active.Name, false, $"profile '{active.Name}' was set by hand; it stays until set by hand again");
        }

        var owners = map.Where(e => e.Profile == active.Name).Select(e => StateOf(states, e.AlarmName)).OfType<AlarmState>().ToList();
        if (owners.FirstOrDefault(s => s.StateValue != Ok) is { } unsure)
        {
            return new ProfileDecision(active.Name, false, $"alarm '{unsure.AlarmName}' is {unsure.StateValue}; holding profile '{active.Name}'");
        }

        var lastOk = owners.Where(s => s.StateUpdatedAt is not null).MaxBy(s => s.StateUpdatedAt);
        var calmSince = Max(active.Since, lastOk?.StateUpdatedAt);
        var restoreAt = calmSince + hold;
        return now >= restoreAt
            ? new ProfileDecision(PolicyDocument.NormalProfile, true, $"alarms of profile '{active.Name}' OK since {calmSince:O}, hold of {hold} elapsed", lastOk?.AlarmName, lastOk?.StateUpdatedAt ?? now)
            : new ProfileDecision(active.Name, false, $"alarms OK; back to normal at {restoreAt:O} after the hold of {hold}", RestoreAt: restoreAt);
    }

    private static AlarmState? StateOf(IReadOnlyList<AlarmState> states, string alarmName) =>
        states.FirstOrDefault(s => s.AlarmName == alarmName);

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset? b) =>
        new[] { a ?? DateTimeOffset.MinValue, b ?? DateTimeOffset.MinValue }.Max();
}

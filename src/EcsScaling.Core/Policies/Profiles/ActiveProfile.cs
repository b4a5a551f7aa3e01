using System.Globalization;
using System.Text;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies.Profiles;

/// <summary>
/// The profile in force, kept as tags on the ECS cluster so that AWS, not the function, holds the
/// state: Since is when we switched, Source is "manual" or "alarm:&lt;name&gt;", AlarmAt is the
/// alarm state change that caused the switch (events older than that are stale).
/// </summary>
public sealed record ActiveProfile(string Name, DateTimeOffset? Since, string? Source, DateTimeOffset? AlarmAt)
{
    public const string NameTag = "ecs-scaling:policy-profile";
    public const string SinceTag = "ecs-scaling:policy-profile-since";
    public const string SourceTag = "ecs-scaling:policy-profile-source";
    public const string AlarmAtTag = "ecs-scaling:policy-profile-alarm-at";
    public const string ManualSource = "manual";

    private const int MaxTagValueLength = 256;

    public static ActiveProfile Normal { get; } = new(PolicyDocument.NormalProfile, null, null, null);

    public bool IsManual => Source == ManualSource;

    public static string AlarmSource(string alarmName) => "alarm:" + alarmName;

    public static ActiveProfile FromTags(IReadOnlyDictionary<string, string> tags) =>
        tags.TryGetValue(NameTag, out var name) && !string.IsNullOrWhiteSpace(name)
            ? new ActiveProfile(name, Time(tags, SinceTag), tags.GetValueOrDefault(SourceTag), Time(tags, AlarmAtTag))
            : Normal;

    public IReadOnlyDictionary<string, string> ToTags()
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal) { [NameTag] = Name };
        Add(tags, SinceTag, Since?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Add(tags, SourceTag, Source is null ? null : TagSafe(Source));
        Add(tags, AlarmAtTag, AlarmAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        return tags;
    }

    private static void Add(Dictionary<string, string> tags, string key, string? value)
    {
        // ECS TagResource cannot clear a value; an empty value marks "not set".
        tags[key] = value ?? "";
    }

    private static DateTimeOffset? Time(IReadOnlyDictionary<string, string> tags, string key) =>
        tags.TryGetValue(key, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>Alarm names allow characters tag values do not (letters, digits, spaces and + - = . _ : / @).</summary>
    private static string TagSafe(string value)
    {
        var safe = new StringBuilder(Math.Min(value.Length, MaxTagValueLength));
        foreach (var c in value.Take(MaxTagValueLength))
        {
            safe.Append(char.IsLetterOrDigit(c) || c == ' ' || "+-=._:/@".Contains(c) ? c : '_');
        }

        return safe.ToString();
    }
}

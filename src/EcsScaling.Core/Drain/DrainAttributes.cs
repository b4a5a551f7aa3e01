using System.Globalization;

namespace EcsScaling.Core.Drain;

/// <summary>
/// A drain's state lives on the container instance as custom attributes, so any invocation can
/// pick it up. Times are written "yyyy-MM-ddTHH:mm:ssZ": ECS attribute values may not contain '+'.
/// </summary>
public static class DrainAttributes
{
    public const string DrainStarted = "ecs-scaling.drain-started";
    public const string LastHeartbeat = "ecs-scaling.last-heartbeat";
    public const string DrainReason = "ecs-scaling.drain-reason";

    public static IReadOnlyList<string> All { get; } = [DrainStarted, LastHeartbeat, DrainReason];

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Null when the attribute is missing or not a time we wrote (then the drain is treated as starting now).</summary>
    public static DateTimeOffset? ReadTime(IReadOnlyDictionary<string, string?> attributes, string name) =>
        attributes.TryGetValue(name, out var text) && text is not null
            && DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}

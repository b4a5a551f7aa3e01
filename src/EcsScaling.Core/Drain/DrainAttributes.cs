using System.Globalization;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// A drain's state lives on the container instance as custom attributes, so any invocation can
/// pick it up, and Container Instance State Change events carry them to the next step without a
/// describe. Times are written "yyyy-MM-ddTHH:mm:ssZ": ECS attribute values may not contain '+'.
/// </summary>
public static class DrainAttributes
{
    public const string DrainStarted = "ecs-scaling.drain-started";
    public const string LastHeartbeat = "ecs-scaling.last-heartbeat";
    public const string DrainReason = DisruptedInstances.DrainReasonAttribute;

    /// <summary>The Auto Scaling group whose terminate hook holds the instance; completion then needs no DescribeAutoScalingInstances.</summary>
    public const string DrainGroup = "ecs-scaling.drain-group";

    /// <summary>When the sweeper abandoned the drain at an abandon bound, and the services whose tasks still held it (space-separated).</summary>
    public const string DrainAbandoned = "ecs-scaling.drain-abandoned";

    public const string HeldBy = "ecs-scaling.drain-held-by";

    public static IReadOnlyList<string> All { get; } = [DrainStarted, LastHeartbeat, DrainReason, DrainGroup, DrainAbandoned, HeldBy];

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>ECS Attribute.value: 1–128 letters, digits, '-', '_', '.', '@', '/', '\', ':' or spaces, not starting or ending with a space.</summary>
    private const int MaxValueLength = 128;

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Null when the attribute is missing or not a time we wrote (then the drain is treated as starting now).</summary>
    public static DateTimeOffset? ReadTime(IReadOnlyDictionary<string, string?> attributes, string name) =>
        attributes.TryGetValue(name, out var text) && text is not null
            && DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    /// <summary>When we set the instance DRAINING, if we recorded it.</summary>
    public static DateTimeOffset? StartedAt(ContainerInstance instance) => ReadTime(instance.Attributes, DrainStarted);

    /// <summary>When the drain was abandoned at an abandon bound, if it was.</summary>
    public static DateTimeOffset? AbandonedAt(ContainerInstance instance) => ReadTime(instance.Attributes, DrainAbandoned);

    /// <summary>The services recorded as holding an abandoned drain.</summary>
    public static IReadOnlyList<string> ReadHeldBy(IReadOnlyDictionary<string, string?> attributes) =>
        attributes.GetValueOrDefault(HeldBy)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>As many of the services as an attribute value holds, space-separated (service names are letters, digits, '-' and '_'); null when not even the first fits.</summary>
    public static string? FormatHeldBy(IReadOnlyList<string> services)
    {
        var value = "";
        foreach (var service in services)
        {
            var next = value.Length == 0 ? service : $"{value} {service}";
            if (!CanHold(next))
            {
                break;
            }

            value = next;
        }

        return value.Length == 0 ? null : value;
    }

    public static string? ReadGroup(IReadOnlyDictionary<string, string?> attributes) => attributes.GetValueOrDefault(DrainGroup);

    /// <summary>
    /// Whether ECS accepts the text as an attribute value. Auto Scaling group names allow characters
    /// that attribute values do not: such a group is not recorded and completion asks Auto Scaling instead.
    /// </summary>
    public static bool CanHold(string value) =>
        value.Length is > 0 and <= MaxValueLength && value[0] != ' ' && value[^1] != ' '
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or '/' or '\\' or ':' or ' ');
}

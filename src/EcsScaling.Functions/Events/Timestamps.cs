using System.Globalization;
using System.Text.RegularExpressions;

namespace EcsScaling.Functions.Events;

/// <summary>ISO-8601 timestamps as AWS writes them, including "+0000" offsets (SNS alarms) that .NET does not accept as is.</summary>
public static partial class Timestamps
{
    public static DateTimeOffset Parse(string text, string path)
    {
        var normalised = CompactOffset().Replace(text.Trim(), "$1:$2");
        if (DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        throw new EventParseException(path, $"expected an ISO-8601 timestamp, got \"{text}\"");
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}

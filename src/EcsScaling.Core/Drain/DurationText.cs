using System.Globalization;
using System.Text.RegularExpressions;

namespace EcsScaling.Core.Drain;

/// <summary>Durations as operators write them in a template: "90s", "15m", "2h", "1h30m", "1d"; a bare number is seconds.</summary>
public static partial class DurationText
{
    public const string Examples = "90s, 15m, 2h, 1h30m or a number of seconds";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success || trimmed.Length == 0)
        {
            return false;
        }

        foreach (Capture part in match.Groups["part"].Captures)
        {
            var amount = long.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
            duration += part.Value[^1] switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
        }

        return true;
    }

    public static string Format(TimeSpan duration) =>
        duration.TotalSeconds % 60 == 0 ? $"{(long)duration.TotalMinutes}m" : $"{(long)duration.TotalSeconds}s";

    [GeneratedRegex("^(?<part>[0-9]{1,6}[dhms])+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

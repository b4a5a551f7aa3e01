using System.Globalization;

namespace EcsScaling.Core.Disruption;

/// <summary>
/// A five-field cron schedule in UTC (minute hour day-of-month month day-of-week), as Kubernetes
/// CronJobs and Karpenter budgets write it: '*', numbers, ranges 'a-b', steps '*/n' and 'a-b/n',
/// lists 'a,b', month and weekday names (JAN, MON), 0 or 7 for Sunday, and the macros @hourly,
/// @daily (@midnight), @weekly, @monthly, @yearly (@annually). As in cron, when both the day of
/// month and the day of week are restricted, a day matching either matches.
/// </summary>
public sealed class CronSchedule
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    private readonly bool[] _minutes;
    private readonly bool[] _hours;
    private readonly bool[] _daysOfMonth;
    private readonly bool[] _months;
    private readonly bool[] _daysOfWeek;
    private readonly bool _eitherDay;

    private CronSchedule(string text, bool[][] fields, bool eitherDay)
    {
        Text = text;
        (_minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        _eitherDay = eitherDay;
    }

    public string Text { get; }

    public override string ToString() => Text;

    /// <summary>Whether the schedule fires at this minute (seconds ignored).</summary>
    public bool FiresAt(DateTime utc)
    {
        if (!_minutes[utc.Minute] || !_hours[utc.Hour] || !_months[utc.Month])
        {
            return false;
        }

        var dayOfMonth = _daysOfMonth[utc.Day];
        var dayOfWeek = _daysOfWeek[(int)utc.DayOfWeek];
        return _eitherDay ? dayOfMonth || dayOfWeek : dayOfMonth && dayOfWeek;
    }

    /// <summary>
    /// Whether a window of <paramref name="duration"/> opened by a firing is open at <paramref name="now"/>:
    /// Karpenter's rule, the schedule fired in (now − duration, now], so a "0 8 * * *" window of 10h
    /// covers 08:00 up to but not including 18:00. Walks the window minute by minute (a week is 10,080 steps).
    /// </summary>
    public bool IsOpen(DateTimeOffset now, TimeSpan duration)
    {
        var end = now.UtcDateTime;
        var start = end - duration;
        var minute = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, DateTimeKind.Utc).AddMinutes(1);
        for (; minute <= end; minute = minute.AddMinutes(1))
        {
            if (FiresAt(minute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The schedule, or the reason the text is not one.</summary>
    public static (CronSchedule? Schedule, string? Error) Parse(string text)
    {
        var expanded = text.StartsWith('@') ? Macros.GetValueOrDefault(text) : text;
        if (expanded is null)
        {
            return (null, $"'{text}' is not one of the macros {string.Join(", ", Macros.Keys)}");
        }

        var parts = expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            return (null, $"'{text}' has {parts.Length} fields; a cron schedule has 5 (minute hour day-of-month month day-of-week)");
        }

        (string Name, int Min, int Max, string[]? Names)[] specs =
        [
            ("minute", 0, 59, null), ("hour", 0, 23, null), ("day-of-month", 1, 31, null), ("month", 1, 12, Months), ("day-of-week", 0, 7, Days),
        ];
        var fields = new bool[5][];
        for (var f = 0; f < 5; f++)
        {
            var (name, min, max, names) = specs[f];
            fields[f] = new bool[max + 1];
            foreach (var item in parts[f].Split(','))
            {
                if (MarkItem(item, min, max, names, names == Months ? 1 : 0, fields[f]) is { } error)
                {
                    return (null, $"'{text}': {name} field '{parts[f]}': {error}");
                }
            }
        }

        // Sunday is 0 and 7.
        fields[4][0] |= fields[4][7];
        return (new CronSchedule(text, fields, !parts[2].StartsWith('*') && !parts[4].StartsWith('*')), null);
    }

    private static string? MarkItem(string item, int min, int max, string[]? names, int nameBase, bool[] marks)
    {
        var (range, stepText) = item.Split('/') switch
        {
            [var r] => (r, null),
            [var r, var s] => (r, s),
            _ => ("", null),
        };
        var step = 1;
        if (stepText is not null && (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1))
        {
            return $"step '{stepText}' is not a whole number ≥ 1";
        }

        int low, high;
        if (range == "*")
        {
            (low, high) = (min, max);
        }
        else if (range.Split('-') is [var a, var b] && Value(a, names, nameBase) is { } from && Value(b, names, nameBase) is { } to)
        {
            (low, high) = (from, to);
        }
        else if (Value(range, names, nameBase) is { } single)
        {
            // "a/n" runs from a to the end of the field, as in cron.
            (low, high) = (single, stepText is null ? single : max);
        }
        else
        {
            return $"'{item}' is not *, a value, a range a-b or a step */n";
        }

        if (low < min || high > max || low > high)
        {
            return $"'{item}' is outside {min}–{max} or runs backwards";
        }

        for (var v = low; v <= high; v += step)
        {
            marks[v] = true;
        }

        return null;
    }

    private static int? Value(string text, string[]? names, int nameBase)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var index = names is null ? -1 : Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + nameBase;
    }
}

using System.Globalization;

namespace EcsScaling.Simulation.Load;

/// <summary>
/// Demand over virtual time as a multiplier of each service's base demand: points (minute, multiplier)
/// joined linearly, flat before the first and after the last; a service may have its own points,
/// the others follow the curve for every service.
/// </summary>
public sealed class LoadCurve
{
    /// <summary>Key of the points that apply to every service without its own.</summary>
    public const string AllServices = "*";

    private readonly Dictionary<string, (double Minute, double Multiplier)[]> _points;

    public LoadCurve(IReadOnlyDictionary<string, IReadOnlyList<(double Minute, double Multiplier)>> points, string name)
    {
        if (!points.ContainsKey(AllServices))
        {
            throw new ArgumentException($"load curve {name}: no points for every service (only for {string.Join(", ", points.Keys)})");
        }

        foreach (var (service, list) in points)
        {
            if (list.Count == 0 || list.Any(p => p.Multiplier < 0 || double.IsNaN(p.Multiplier) || double.IsNaN(p.Minute)))
            {
                throw new ArgumentException($"load curve {name}: service {service} needs at least one point and multipliers ≥ 0");
            }
        }

        _points = points.ToDictionary(p => p.Key, p => p.Value.OrderBy(x => x.Minute).ToArray(), StringComparer.Ordinal);
        Name = name;
    }

    public string Name { get; }

    /// <summary>The minute of the last point of any service: where the curve ends.</summary>
    public double LastMinute => _points.Values.Max(p => p[^1].Minute);

    /// <summary>The multiplier of a service at a minute of the run.</summary>
    public double At(string service, double minute)
    {
        var points = _points.TryGetValue(service, out var own) ? own : _points[AllServices];
        if (minute <= points[0].Minute)
        {
            return points[0].Multiplier;
        }

        for (var i = 1; i < points.Length; i++)
        {
            if (minute <= points[i].Minute)
            {
                var (m0, v0) = points[i - 1];
                var (m1, v1) = points[i];
                return m1 == m0 ? v1 : v0 + ((v1 - v0) * (minute - m0) / (m1 - m0));
            }
        }

        return points[^1].Multiplier;
    }

    /// <summary>The curve for every service at one minute (for the time axis).</summary>
    public double At(double minute) => At(AllServices, minute);

    public static LoadCurve Constant(double multiplier) =>
        new(new Dictionary<string, IReadOnlyList<(double, double)>> { [AllServices] = [(0, multiplier)] }, $"constant {multiplier.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// Rows "minute,multiplier" (every service) or "minute,service,multiplier" (that service); a header row,
    /// blank lines and lines starting with # are skipped. Every bad row is reported with its line number.
    /// </summary>
    public static LoadCurve ParseCsv(string text, string name)
    {
        var points = new Dictionary<string, List<(double, double)>>(StringComparer.Ordinal);
        var errors = new List<string>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (n == 0 && !double.TryParse(cells[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var (minuteText, service, multiplierText) = cells.Length switch
            {
                2 => (cells[0], AllServices, cells[1]),
                3 => (cells[0], cells[1], cells[2]),
                _ => ("", "", ""),
            };
            if (!double.TryParse(minuteText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minute) || minute < 0
                || !double.TryParse(multiplierText, NumberStyles.Float, CultureInfo.InvariantCulture, out var multiplier) || multiplier < 0 || service.Length == 0)
            {
                errors.Add($"line {n + 1}: '{line}' is not minute,multiplier or minute,service,multiplier with minute ≥ 0 and multiplier ≥ 0");
                continue;
            }

            if (!points.TryGetValue(service, out var list))
            {
                points[service] = list = [];
            }

            list.Add((minute, multiplier));
        }

        if (errors.Count > 0)
        {
            throw new FormatException($"load curve {name}: " + string.Join("; ", errors));
        }

        if (!points.ContainsKey(AllServices))
        {
            throw new FormatException($"load curve {name}: no minute,multiplier rows for every service");
        }

        return new LoadCurve(points.ToDictionary(p => p.Key, p => (IReadOnlyList<(double, double)>)p.Value, StringComparer.Ordinal), name);
    }

    /// <summary>
    /// A working day: night trough, morning ramp, lunch peak, afternoon, evening shoulder, back to the
    /// trough; with an unexpected surge of <paramref name="surgeFactor"/>× for <paramref name="surgeMinutes"/>
    /// minutes from <paramref name="surgeStart"/> (the ramps in and out take one minute each).
    /// </summary>
    public static LoadCurve Diurnal(int surgeStart, int surgeMinutes, double surgeFactor)
    {
        (double Minute, double Multiplier)[] day =
        [
            (0, 0.25), (6 * 60, 0.25), (9 * 60, 1.0), (11 * 60 + 30, 1.0), (12 * 60 + 15, 1.5), (13 * 60 + 15, 1.5), (14 * 60, 1.0),
            (17 * 60, 1.0), (18 * 60, 0.7), (21 * 60, 0.7), (23 * 60, 0.25), (24 * 60, 0.25),
        ];
        var curve = new LoadCurve(new Dictionary<string, IReadOnlyList<(double, double)>> { [AllServices] = day }, "diurnal");
        var surge = new List<(double, double)>();
        foreach (var point in day.Where(p => p.Minute < surgeStart - 1 || p.Minute > surgeStart + surgeMinutes + 1))
        {
            surge.Add(point);
        }

        surge.Add((surgeStart - 1, curve.At(surgeStart - 1)));
        surge.Add((surgeStart, curve.At(surgeStart) * surgeFactor));
        surge.Add((surgeStart + surgeMinutes, curve.At(surgeStart + surgeMinutes) * surgeFactor));
        surge.Add((surgeStart + surgeMinutes + 1, curve.At(surgeStart + surgeMinutes + 1)));
        return new LoadCurve(new Dictionary<string, IReadOnlyList<(double, double)>> { [AllServices] = surge }, $"diurnal, {surgeFactor}× surge at minute {surgeStart} for {surgeMinutes} min");
    }
}

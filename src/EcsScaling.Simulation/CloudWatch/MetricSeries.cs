using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.CloudWatch;

/// <summary>One metric (namespace, name and exact dimensions) as one-minute datapoints, oldest first; a later datapoint of the same minute replaces the earlier.</summary>
public sealed class MetricSeries
{
    private readonly List<(DateTimeOffset Minute, double Value)> _points = [];

    public IReadOnlyList<(DateTimeOffset Minute, double Value)> Points => _points;

    public static string Key(string metricNamespace, string metricName, IEnumerable<MetricDimension> dimensions) =>
        metricNamespace + "|" + metricName + "|" + string.Join(",", dimensions.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => d.Name + "=" + d.Value));

    public void Add(DateTimeOffset at, double value)
    {
        var minute = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Offset);
        if (_points.Count > 0 && _points[^1].Minute == minute)
        {
            _points[^1] = (minute, value);
            return;
        }

        _points.Add((minute, value));
    }

    /// <summary>The datapoints of the <paramref name="periods"/> minutes ending with the one of <paramref name="now"/>; a minute without a datapoint is missing, not zero.</summary>
    public IReadOnlyList<double> Window(DateTimeOffset now, int periods)
    {
        var last = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), now.Offset);
        var first = last - TimeSpan.FromMinutes(periods - 1);
        var values = new List<double>(periods);
        for (var i = _points.Count - 1; i >= 0 && _points[i].Minute >= first; i--)
        {
            if (_points[i].Minute <= last)
            {
                values.Add(_points[i].Value);
            }
        }

        return values;
    }

    public double? Latest(DateTimeOffset now) => Window(now, 1) is [var value] ? value : null;
}

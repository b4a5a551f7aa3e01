using EcsScaling.Core.Model;

namespace EcsScaling.Core.Observability;

public sealed record CapturedLog(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields);

public sealed record CapturedMetric(string Name, double Value, string Unit, IReadOnlyList<MetricDimension> Dimensions);

/// <summary>Keeps logs and metrics in memory: the simulator's view of what a function emitted.</summary>
public sealed class CapturingTelemetry : ITelemetry
{
    private readonly List<CapturedLog> _logs = [];
    private readonly List<CapturedMetric> _metrics = [];

    public IReadOnlyList<CapturedLog> Logs => _logs;

    public IReadOnlyList<CapturedMetric> Metrics => _metrics;

    public void Log(LogLevel level, string message, params ReadOnlySpan<LogField> fields)
    {
        var map = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            map[field.Name] = field.Value;
        }

        _logs.Add(new CapturedLog(level, message, map));
    }

    public void Metric(string name, double value, string unit, params ReadOnlySpan<MetricDimension> dimensions) =>
        _metrics.Add(new CapturedMetric(name, value, unit, dimensions.ToArray()));

    public double Sum(string metricName) => _metrics.Where(m => m.Name == metricName).Sum(m => m.Value);
}

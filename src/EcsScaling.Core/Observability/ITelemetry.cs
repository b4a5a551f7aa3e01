using EcsScaling.Core.Model;

namespace EcsScaling.Core.Observability;

public enum LogLevel
{
    Debug,
    Info,
    Warn,
    Error,
}

public readonly record struct LogField(string Name, object? Value)
{
    public static implicit operator LogField((string Name, object? Value) field) => new(field.Name, field.Value);
}

/// <summary>
/// Structured decision log (one JSON line per call) and metrics (CloudWatch EMF lines in Lambda).
/// Every mutating decision is logged with the ids involved.
/// </summary>
public interface ITelemetry
{
    void Log(LogLevel level, string message, params ReadOnlySpan<LogField> fields);

    void Metric(string name, double value, string unit, params ReadOnlySpan<MetricDimension> dimensions);
}

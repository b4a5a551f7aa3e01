using System.Text.Encodings.Web;
using System.Text.Json;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;

namespace EcsScaling.Functions.Observability;

/// <summary>
/// Lambda telemetry on stdout: logs as one JSON object per line (timestamp, level, message,
/// function, requestId, then the fields) and metrics as CloudWatch Embedded Metric Format lines,
/// which CloudWatch turns into metrics without any API call.
/// </summary>
public sealed class JsonLineTelemetry(Stream output, TimeProvider time, string function, string metricNamespace = "EcsScaling")
    : ITelemetry, IInvocationScope
{
    private static readonly HashSet<string> ReservedNames = ["timestamp", "level", "message", "function", "requestId", "_aws"];

    // Log lines are read by people and Logs Insights, never embedded in HTML: keep '+', '<', '`' readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly AsyncLocal<string?> _requestId = new();
    private readonly Lock _gate = new();

    public IDisposable BeginInvocation(string requestId)
    {
        _requestId.Value = requestId;
        return new Scope(this);
    }

    public void Log(LogLevel level, string message, params ReadOnlySpan<LogField> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("timestamp", time.GetUtcNow().UtcDateTime);
            writer.WriteString("level", level.ToString().ToUpperInvariant());
            writer.WriteString("message", message);
            WriteContext(writer);
            foreach (var field in fields)
            {
                writer.WritePropertyName(ReservedNames.Contains(field.Name) ? "field." + field.Name : field.Name);
                JsonFieldWriter.Write(writer, field.Value);
            }

            writer.WriteEndObject();
        }

        WriteLine(buffer);
    }

    /// <summary>One EMF document per data point; dimension names become one dimension set.</summary>
    public void Metric(string name, double value, string unit, params ReadOnlySpan<MetricDimension> dimensions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("_aws");
            writer.WriteNumber("Timestamp", time.GetUtcNow().ToUnixTimeMilliseconds());
            writer.WriteStartArray("CloudWatchMetrics");
            writer.WriteStartObject();
            writer.WriteString("Namespace", metricNamespace);
            writer.WriteStartArray("Dimensions");
            writer.WriteStartArray();
            foreach (var dimension in dimensions)
            {
                writer.WriteStringValue(dimension.Name);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteStartArray("Metrics");
            writer.WriteStartObject();
            writer.WriteString("Name", name);
            writer.WriteString("Unit", unit);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            foreach (var dimension in dimensions)
            {
                writer.WriteString(dimension.Name, dimension.Value);
            }

            writer.WriteNumber(name, value);
            WriteContext(writer);
            writer.WriteEndObject();
        }

        WriteLine(buffer);
    }

    private void WriteContext(Utf8JsonWriter writer)
    {
        writer.WriteString("function", function);
        if (_requestId.Value is { } requestId)
        {
            writer.WriteString("requestId", requestId);
        }
    }

    private void WriteLine(MemoryStream buffer)
    {
        buffer.WriteByte((byte)'\n');
        lock (_gate)
        {
            output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            output.Flush();
        }
    }

    private sealed class Scope(JsonLineTelemetry owner) : IDisposable
    {
        public void Dispose() => owner._requestId.Value = null;
    }
}

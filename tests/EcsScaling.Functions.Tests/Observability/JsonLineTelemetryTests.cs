using System.Text;
using System.Text.Json;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Observability;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Functions.Tests.Observability;

public class JsonLineTelemetryTests
{
    private readonly MemoryStream _output = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, 250, TimeSpan.Zero));

    [Fact]
    public void A_log_is_one_json_line_with_context_and_fields()
    {
        var telemetry = new JsonLineTelemetry(_output, _time, "drain");
        using (telemetry.BeginInvocation("req-1"))
        {
            telemetry.Log(LogLevel.Info, "set DRAINING", ("instanceId", "i-1"), ("tasks", 3), ("message", "clash"), ("frame", "at F() + 0x1c <x>"));
        }

        telemetry.Log(LogLevel.Warn, "between invocations");

        Assert.Equal(
            [
                """{"timestamp":"2026-03-02T10:00:00.25Z","level":"INFO","message":"set DRAINING","function":"drain","requestId":"req-1","instanceId":"i-1","tasks":3,"field.message":"clash","frame":"at F() + 0x1c <x>"}""",
                """{"timestamp":"2026-03-02T10:00:00.25Z","level":"WARN","message":"between invocations","function":"drain"}""",
            ],
            Lines());
    }

    [Fact]
    public void A_metric_is_an_embedded_metric_format_document()
    {
        var telemetry = new JsonLineTelemetry(_output, _time, "rebalance", "EcsScaling/Test");

        telemetry.Metric("TasksMoved", 4, "Count", new MetricDimension("ClusterName", "prod"));

        var line = JsonDocument.Parse(Assert.Single(Lines())).RootElement;
        var aws = line.GetProperty("_aws");
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = aws.GetProperty("CloudWatchMetrics")[0];
        Assert.Equal("EcsScaling/Test", directive.GetProperty("Namespace").GetString());
        Assert.Equal("""[["ClusterName"]]""", directive.GetProperty("Dimensions").GetRawText());
        Assert.Equal("""[{"Name":"TasksMoved","Unit":"Count"}]""", directive.GetProperty("Metrics").GetRawText());
        Assert.Equal(("prod", 4.0, "rebalance"), (line.GetProperty("ClusterName").GetString(), line.GetProperty("TasksMoved").GetDouble(), line.GetProperty("function").GetString()));
    }

    private string[] Lines() => Encoding.UTF8.GetString(_output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EcsScaling.Simulation.Events;

/// <summary>
/// Writes the EventBridge envelope (https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html):
/// version, id, detail-type, source, account, time, region, resources, detail.
/// </summary>
public static class EventJson
{
    public static SimEvent Create(SimIds ids, DateTimeOffset time, string source, string detailType, IReadOnlyList<string> resources, Action<Utf8JsonWriter> writeDetail)
    {
        var id = ids.Uuid();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "0");
            json.WriteString("id", id);
            json.WriteString("detail-type", detailType);
            json.WriteString("source", source);
            json.WriteString("account", ids.Account);
            json.WriteString("time", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("region", ids.Region);
            json.WriteStartArray("resources");
            foreach (var resource in resources)
            {
                json.WriteStringValue(resource);
            }

            json.WriteEndArray();
            json.WritePropertyName("detail");
            json.WriteStartObject();
            writeDetail(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new SimEvent(id, source, detailType, time, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>ECS writes ISO-8601 UTC with milliseconds, e.g. 2016-12-06T16:41:05.702Z.</summary>
    public static string EcsTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>CloudWatch alarm events use a +0000 offset, e.g. 2019-10-02T17:04:40.985+0000.</summary>
    public static string CloudWatchTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static void WriteOptional(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}

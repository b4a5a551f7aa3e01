using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// Writes parse-event's answer with the event as its concrete type, through the metadata the
/// source-generated context holds for that type (AOT-safe: no reflection). A converter on this one
/// type, not in the context's options: an options-wide converter would turn off the generated
/// direct writers for every result. Events are only written, never read back.
/// </summary>
public sealed class NormalisedEventJsonConverter : JsonConverter<NormalisedEvent>
{
    public override NormalisedEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("events are parsed by EventParser, not deserialised");

    public override void Write(Utf8JsonWriter writer, NormalisedEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind);
        writer.WritePropertyName("event");
        JsonSerializer.Serialize(writer, value.Event, options.GetTypeInfo(value.Event.GetType()));
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// Writes a ScalingEvent as its concrete type, using the metadata the source-generated context
/// holds for that type (AOT-safe: no reflection). Events are only written, never read back.
/// </summary>
public sealed class ScalingEventJsonConverter : JsonConverter<ScalingEvent>
{
    public override ScalingEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("events are parsed by EventParser, not deserialised");

    public override void Write(Utf8JsonWriter writer, ScalingEvent value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
}

using System.Text.Json;
using System.Text.Json.Serialization;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>For the reference serializer: a word the results write as AWS spells it (CONTINUE), not by its enum name.</summary>
public sealed class WireTextConverter<T>(WireText<T> words) : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => words.Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(words.Of(value));
}

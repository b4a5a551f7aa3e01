using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsScaling.Functions.Functions;

/// <summary>The JSON body posted as the invocation response.</summary>
public sealed record FunctionResult(ReadOnlyMemory<byte> Json)
{
    public static FunctionResult Of<T>(T value, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(value, type));
}

using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Functions.Hosting;

/// <summary>The JSON body posted as the invocation response.</summary>
public sealed record FunctionResult(ReadOnlyMemory<byte> Json)
{
    public static FunctionResult Of<T>(T value, Action<Utf8JsonWriter, T> writeValue) => new(Utf8JsonWriterMembers.ToUtf8(value, writeValue));
}

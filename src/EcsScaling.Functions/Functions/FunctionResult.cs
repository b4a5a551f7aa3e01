using EcsScaling.Functions.Json;

namespace EcsScaling.Functions.Functions;

/// <summary>The JSON body posted as the invocation response.</summary>
public sealed record FunctionResult(ReadOnlyMemory<byte> Json)
{
    public static FunctionResult Of<T>(T value, JsonWrite<T> write) => new(JsonOutput.ToUtf8(value, write));
}

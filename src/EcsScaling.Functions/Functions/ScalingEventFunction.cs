using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// The generic adapter from a Core entry point to a Lambda function: parse the payload into
/// events, call Core once per event, serialise the results (one event → its result; several, as
/// from a multi-record SNS delivery → a JSON array of results in record order).
/// </summary>
public sealed class ScalingEventFunction<TResult>(
    string name,
    EventParser parser,
    Func<ScalingEvent, CancellationToken, Task<TResult>> handle,
    JsonTypeInfo<TResult> resultType) : ILambdaFunction
{
    public string Name => name;

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        var events = parser.Parse(payload);
        var results = new List<TResult>(events.Count);
        foreach (var scalingEvent in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await handle(scalingEvent, cancellationToken));
        }

        return results.Count == 1 ? FunctionResult.Of(results[0], resultType) : new FunctionResult(SerializeArray(results));
    }

    private byte[] SerializeArray(List<TResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                JsonSerializer.Serialize(writer, result, resultType);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}

/// <summary>One-liner wiring: <c>ScalingEventFunction.Create("drain", parser, drain.HandleAsync, FunctionsJsonContext.Default.DrainResult)</c>.</summary>
public static class ScalingEventFunction
{
    public static ScalingEventFunction<TResult> Create<TResult>(
        string name,
        EventParser parser,
        Func<ScalingEvent, CancellationToken, Task<TResult>> handle,
        JsonTypeInfo<TResult> resultType) => new(name, parser, handle, resultType);
}

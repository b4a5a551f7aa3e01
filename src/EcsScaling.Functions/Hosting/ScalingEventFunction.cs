using System.Text.Json;
using EcsScaling.Core.Events;
using EcsScaling.Aws.Wire;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Hosting;

/// <summary>
/// The generic adapter from a Core entry point to a Lambda function: parse the payload into
/// events, call Core once per event, serialise the results (one event → its result; several, as
/// from a multi-record SNS delivery → a JSON array of results in record order).
/// </summary>
public sealed class ScalingEventFunction<TResult>(
    string name,
    EventParser parser,
    Func<ScalingEvent, CancellationToken, Task<TResult>> handle,
    Action<Utf8JsonWriter, TResult> writeResult) : ILambdaFunction
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

        return results.Count == 1 ? FunctionResult.Of(results[0], writeResult) : FunctionResult.Of(results, (writer, all) => writer.Values(all, writeResult));
    }
}

/// <summary>One-liner wiring: <c>ScalingEventFunction.Create("drain", parser, drain.HandleAsync, DrainResultJson.Write)</c>.</summary>
public static class ScalingEventFunction
{
    public static ScalingEventFunction<TResult> Create<TResult>(
        string name,
        EventParser parser,
        Func<ScalingEvent, CancellationToken, Task<TResult>> handle,
        Action<Utf8JsonWriter, TResult> writeResult) => new(name, parser, handle, writeResult);
}

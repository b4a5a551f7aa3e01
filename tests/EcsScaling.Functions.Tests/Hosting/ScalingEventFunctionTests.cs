using System.Text;
using EcsScaling.Core.Events;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Hosting;

public class ScalingEventFunctionTests
{
    private static readonly ILambdaContext Context = new LambdaContext(
        new Invocation("r-1", DateTimeOffset.MaxValue, "arn", null, ReadOnlyMemory<byte>.Empty), "f", TimeProvider.System, new CapturingTelemetry());

    [Fact]
    public async Task One_event_gives_its_result_as_the_body()
    {
        var function = Counting(out var seen);

        var result = await function.InvokeAsync(Samples.Bytes("scheduled-event.json"), Context, CancellationToken.None);

        Assert.Equal("""{"kind":"ScheduledTick","event":{"origin":{"transport":"EventBridge","source":"aws.events","id":"12345678-1234-1234-1234-123456789012","time":"2026-03-02T10:20:00+00:00","region":"us-east-1","account":"123456789012"}}}""", Text(result));
        Assert.Single(seen);
    }

    [Fact]
    public async Task Several_events_give_an_array_of_results_in_order()
    {
        var function = Counting(out var seen);
        var payload = Samples.Utf8(Parse.Sns("""{"AlarmName":"a","NewStateValue":"OK"}""", Samples.Text("scheduled-event.json")));

        var result = await function.InvokeAsync(payload, Context, CancellationToken.None);

        Assert.StartsWith("""[{"kind":"AlarmStateChanged",""", Text(result));
        Assert.Contains("""},{"kind":"ScheduledTick",""", Text(result));
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task A_payload_that_does_not_parse_never_reaches_the_handler()
    {
        var function = Counting(out var seen);

        await Assert.ThrowsAsync<EventParseException>(() => function.InvokeAsync(Samples.Utf8("{}"), Context, CancellationToken.None));

        Assert.Empty(seen);
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_the_next_event()
    {
        var function = Counting(out var seen);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            function.InvokeAsync(Samples.Bytes("scheduled-event.json"), Context, new CancellationToken(canceled: true)));

        Assert.Empty(seen);
    }

    private static ILambdaFunction Counting(out List<ScalingEvent> seen)
    {
        var events = seen = [];
        return ScalingEventFunction.Create("count", new EventParser(), (e, _) =>
        {
            events.Add(e);
            return Task.FromResult(NormalisedEvent.Of(e));
        }, EventJson.WriteNormalised);
    }

    private static string Text(FunctionResult result) => Encoding.UTF8.GetString(result.Json.Span);
}

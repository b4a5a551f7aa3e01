using System.Text.Json;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.ParseEvent;

public class ParseEventFunctionTests
{
    [Fact]
    public async Task The_normalised_event_shows_kind_enums_as_names_and_omits_nulls()
    {
        var function = ParseEventFunction.Create(new EventParser());
        var context = new LambdaContext(new Invocation("r", DateTimeOffset.MaxValue, "arn", null, default), "parse-event", TimeProvider.System, new CapturingTelemetry());

        var result = await function.InvokeAsync(Samples.Bytes("lifecycle-terminate.sns.json"), context, CancellationToken.None);

        var root = JsonDocument.Parse(result.Json).RootElement;
        Assert.Equal("LifecycleActionEvent", root.GetProperty("kind").GetString());
        var e = root.GetProperty("event");
        Assert.Equal("Terminating", e.GetProperty("transition").GetString());
        Assert.Equal("Sns", e.GetProperty("origin").GetProperty("transport").GetString());
        Assert.Equal("i-0a1b2c3d4e5f60718", e.GetProperty("action").GetProperty("instanceId").GetString());
        Assert.Equal(ParseEventFunction.Name, function.Name);
    }
}

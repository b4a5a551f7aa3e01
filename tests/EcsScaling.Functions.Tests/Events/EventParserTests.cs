using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class EventParserTests
{
    [Fact]
    public void A_json_array_is_not_an_event()
    {
        Assert.Equal("$: expected a JSON object", Parse.Error("[1,2]"));
    }

    [Fact]
    public void An_unknown_shape_lists_the_shapes_we_know()
    {
        var error = Parse.Error("""{"hello":"world"}""");

        Assert.Contains("not an event we know", error);
        Assert.Contains("EventBridge event (detail-type", error);
        Assert.Contains("SNS delivery (Records)", error);
    }

    [Fact]
    public void Extra_shapes_are_tried_after_the_aws_envelopes()
    {
        var parser = new EventParser(new CommandShape());

        var parsed = parser.Parse(Samples.Utf8("""{"command":"tick"}"""));

        Assert.Equal(EventTransport.Manual, Assert.IsType<ScheduledTick>(Assert.Single(parsed)).Origin.Transport);
        var error = Assert.Throws<EventParseException>(() => parser.Parse(Samples.Utf8("{}"))).Message;
        Assert.Contains("an ops command (command)", error);
    }

    private sealed class CommandShape : IPayloadShape
    {
        public string Description => "an ops command (command)";

        public bool Recognises(EventNode root) => root.Has("command");

        public IReadOnlyList<ScalingEvent> Parse(EventNode root) =>
            [new ScheduledTick(new EventOrigin(EventTransport.Manual, "ops", null, null, null, null))];
    }
}

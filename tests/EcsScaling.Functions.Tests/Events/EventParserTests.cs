using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class EventParserTests
{
    [Fact]
    public void Invalid_json_is_a_parse_error_at_the_root()
    {
        var error = Parse.Error("{\"detail-type\": ");

        Assert.Equal("$: not valid JSON (line 1, byte 17)", error);
    }

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
    public void Deeply_nested_payloads_are_refused_with_the_limit()
    {
        var json = "{\"a\":" + string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)) + "}";

        var error = Parse.Error(json);

        Assert.Equal($"$: nested deeper than {EmbeddedJson.MaxDepth} levels", error);
    }

    [Fact]
    public void Huge_payloads_are_refused_before_parsing()
    {
        var json = "{\"pad\":\"" + new string('x', EmbeddedJson.MaxPayloadBytes) + "\"}";

        var error = Parse.Error(json);

        Assert.Contains("more than the 1048576 accepted", error);
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

using EcsScaling.Functions.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class EmbeddedJsonTests
{
    [Fact]
    public void Invalid_json_is_a_parse_error_at_the_root()
    {
        var error = Parse.Error("{\"detail-type\": ");

        Assert.Equal("$: not valid JSON (line 1, byte 17)", error);
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
    public void Json_inside_a_string_must_be_an_object()
    {
        var error = Assert.Throws<EventParseException>(() => EmbeddedJson.Parse("[1]", "Records[0].Sns.Message"));

        Assert.Equal("Records[0].Sns.Message: expected a JSON object inside the string", error.Message);
    }

    [Fact]
    public void The_parsed_object_outlives_its_document()
    {
        var node = EmbeddedJson.Parse("""{"k":"v"}""", "m");

        Assert.Equal("v", node.RequiredString("k"));
    }
}

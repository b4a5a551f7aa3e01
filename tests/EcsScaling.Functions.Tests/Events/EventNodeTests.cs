using System.Text.Json;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Tests.Events;

public class EventNodeTests
{
    private static EventNode Node(string json) => new(JsonDocument.Parse(json).RootElement, "detail");

    [Fact]
    public void Null_and_blank_strings_read_as_absent()
    {
        var node = Node("""{"a":null,"b":"  ","c":"x"}""");

        Assert.Equal((null, null, "x"), (node.OptionalString("a"), node.OptionalString("b"), node.OptionalString("c")));
        Assert.False(node.Has("a"));
    }

    [Fact]
    public void A_number_reads_as_its_text_and_back()
    {
        var node = Node("""{"n":42,"s":"17"}""");

        Assert.Equal(("42", 42, 17), (node.OptionalString("n"), node.OptionalInt("n"), node.OptionalInt("s")));
    }

    [Fact]
    public void A_non_integer_names_the_field_and_value()
    {
        Assert.Equal("detail.n: expected an integer, got \"4.5\"", Assert.Throws<EventParseException>(() => Node("""{"n":4.5}""").OptionalInt("n")).Message);
    }

    [Fact]
    public void An_object_where_a_string_is_expected_is_described()
    {
        var error = Assert.Throws<EventParseException>(() => Node("""{"s":{"x":1}}""").OptionalString("s"));

        Assert.Equal(("detail.s", "expected a string, got an object"), (error.Path, error.Problem));
    }

    [Fact]
    public void A_bool_that_is_neither_is_rejected()
    {
        Assert.Equal("detail.b: expected true or false, got the string \"yes\"", Assert.Throws<EventParseException>(() => Node("""{"b":"yes"}""").OptionalBool("b")).Message);
    }

    [Fact]
    public void An_object_may_arrive_as_a_json_string()
    {
        var inner = Node("""{"o":"{\"k\":\"v\"}"}""").RequiredObject("o");

        Assert.Equal(("v", "detail.o"), (inner.RequiredString("k"), inner.Path));
    }

    [Fact]
    public void A_scalar_where_an_object_is_expected_is_rejected()
    {
        Assert.Equal("detail.o: expected an object, got the number 3", Assert.Throws<EventParseException>(() => Node("""{"o":3}""").RequiredObject("o")).Message);
    }
}

using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class JsonMemberExceptionTests
{
    [Fact]
    public void Under_prefixes_the_enclosing_segment_and_keeps_the_reason()
    {
        var inner = new JsonMemberException(".hostPort", "expected a 32-bit integer, found String.");

        var outer = inner.Under("[2]").Under(".networkBindings");

        Assert.Equal("$.networkBindings[2].hostPort", outer.Path);
        Assert.Equal("expected a 32-bit integer, found String. Path: $.networkBindings[2].hostPort", outer.Message);
        Assert.IsAssignableFrom<JsonException>(outer);
    }
}

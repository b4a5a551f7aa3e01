using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>The reading rules the former System.Text.Json contracts applied, member by member.</summary>
public class JsonElementMembersTests
{
    [Fact]
    public void Absent_members_read_as_null_or_the_value_type_default()
    {
        var e = Element("""{"other":1}""");

        Assert.Null(e.String("name"));
        Assert.Null(e.Int32OrNull("n"));
        Assert.Null(e.Int64OrNull("n"));
        Assert.Null(e.DoubleOrNull("n"));
        Assert.Null(e.BooleanOrNull("b"));
        Assert.Null(e.Object("o", o => o.ToString()));
        Assert.Null(e.Array("a", a => a.ToString()));
        Assert.Null(e.Strings("s"));
        Assert.Equal((0, 0d, false), (e.Int32("n"), e.Double("n"), e.Boolean("b")));
    }

    [Fact]
    public void Json_null_reads_as_null_for_nullable_members()
    {
        var e = Element("""{"name":null,"n":null,"b":null,"o":null,"a":null}""");

        Assert.Null(e.String("name"));
        Assert.Null(e.Int32OrNull("n"));
        Assert.Null(e.DoubleOrNull("n"));
        Assert.Null(e.BooleanOrNull("b"));
        Assert.Null(e.Object("o", o => o.ToString()));
        Assert.Null(e.Strings("a"));
    }

    [Fact]
    public void Json_null_is_malformed_for_non_nullable_counts_and_flags_as_it_was()
    {
        var e = Element("""{"n":null,"b":null}""");

        Assert.Equal("$.n", Assert.Throws<JsonMemberException>(() => e.Int32("n")).Path);
        Assert.Equal("$.n", Assert.Throws<JsonMemberException>(() => e.Double("n")).Path);
        Assert.Equal("$.b", Assert.Throws<JsonMemberException>(() => e.Boolean("b")).Path);
    }

    [Fact]
    public void Values_are_read_with_their_json_types()
    {
        var e = Element("""{"s":"é<x>","i":2048,"l":8589934592,"d":1.7011E9,"t":true,"f":false,"o":{"k":"v"},"a":[{"k":"1"},{"k":"2"}],"ss":["x","y"]}""");

        Assert.Equal("é<x>", e.String("s"));
        Assert.Equal(2048, e.Int32("i"));
        Assert.Equal(8589934592L, e.Int64OrNull("l"));
        Assert.Equal(1.7011E9, e.DoubleOrNull("d"));
        Assert.Equal((true, false), (e.Boolean("t"), e.Boolean("f")));
        Assert.Equal("v", e.Object("o", o => o.String("k")!));
        Assert.Equal(["1", "2"], e.Array("a", item => item.String("k")!));
        Assert.Equal(["x", "y"], e.Strings("ss"));
    }

    [Fact]
    public void Names_are_case_sensitive_and_the_last_duplicate_wins()
    {
        var e = Element("""{"Name":"upper","name":"a","name":"b"}""");

        Assert.Equal("b", e.String("name"));
        Assert.Null(e.String("NAME"));
    }

    [Theory]
    [InlineData("""{"v":3}""", "s", "$.s")]
    [InlineData("""{"v":"3"}""", "i", "$.i")]
    [InlineData("""{"v":3.5}""", "i", "$.i")]
    [InlineData("""{"v":8589934592}""", "i", "$.i")]
    [InlineData("""{"v":"1"}""", "d", "$.d")]
    [InlineData("""{"v":"true"}""", "b", "$.b")]
    [InlineData("""{"v":[]}""", "o", "$.o")]
    [InlineData("""{"v":{}}""", "a", "$.a")]
    [InlineData("""{"v":[1]}""", "ss", "$.ss[0]")]
    [InlineData("""{"v":[null]}""", "ss", "$.ss[0]")]
    public void A_value_of_another_kind_is_malformed_and_located(string json, string reader, string path)
    {
        var v = Element(json.Replace("\"v\"", $"\"{reader}\"", StringComparison.Ordinal));
        Action read = reader switch
        {
            "s" => () => v.String("s"),
            "i" => () => v.Int32OrNull("i"),
            "d" => () => v.DoubleOrNull("d"),
            "b" => () => v.BooleanOrNull("b"),
            "o" => () => v.Object("o", o => o.String("k")!),
            "a" => () => v.Array("a", a => a.String("k")),
            _ => () => v.Strings("ss"),
        };

        var error = Assert.Throws<JsonMemberException>(read);

        Assert.Equal(path, error.Path);
        Assert.Contains("Path: " + path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_problems_carry_the_full_path()
    {
        var e = Element("""{"tasks":[{"containers":[]},{"containers":[{"networkBindings":[{"hostPort":"80"}]}]}]}""");

        var error = Assert.Throws<JsonMemberException>(() => e.Array("tasks", t => t.Array("containers", c => c.Array("networkBindings", b => b.Int32OrNull("hostPort")))));

        Assert.Equal("$.tasks[1].containers[0].networkBindings[0].hostPort", error.Path);
        Assert.StartsWith("expected a 32-bit integer, found String.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_item_where_an_object_belongs_is_malformed()
    {
        var e = Element("""{"tags":[{"key":"a"},null]}""");

        var error = Assert.Throws<JsonMemberException>(() => e.Array("tags", t => t.String("key")));

        Assert.Equal("$.tags[1]", error.Path);
        Assert.Contains("found Null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachItem_visits_the_items_in_order_and_tells_whether_the_list_was_there()
    {
        var e = Element("""{"a":[1,2,3],"empty":[],"none":null}""");
        var seen = new List<int>();

        Assert.True(e.EachItem("a", item => seen.Add(item.GetInt32())));
        Assert.Equal([1, 2, 3], seen);
        Assert.True(e.EachItem("empty", _ => seen.Add(0)));
        Assert.False(e.EachItem("none", _ => seen.Add(0)));
        Assert.False(e.EachItem("absent", _ => seen.Add(0)));
        Assert.Equal(3, seen.Count);
        Assert.Equal("$.a", Assert.Throws<JsonMemberException>(() => Element("""{"a":{}}""").EachItem("a", _ => { })).Path);
        Assert.Equal("$.a[1].k", Assert.Throws<JsonMemberException>(() => Element("""{"a":[{"k":"x"},{"k":1}]}""").EachItem("a", i => i.String("k"))).Path);
    }

    [Fact]
    public void InObject_reads_an_object_member_located_and_tells_whether_it_was_there()
    {
        var e = Element("""{"o":{"n":7},"none":null}""");
        var n = 0;

        Assert.True(e.InObject("o", o => n = o.Int32("n")));
        Assert.Equal(7, n);
        Assert.False(e.InObject("none", _ => n = -1));
        Assert.False(e.InObject("absent", _ => n = -1));
        Assert.Equal(7, n);
        Assert.Equal("$.o", Assert.Throws<JsonMemberException>(() => Element("""{"o":[]}""").InObject("o", _ => { })).Path);
        Assert.Equal("$.o.n", Assert.Throws<JsonMemberException>(() => Element("""{"o":{"n":"7"}}""").InObject("o", o => o.Int32("n"))).Path);
    }

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;
}

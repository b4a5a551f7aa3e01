using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class Utf8JsonWriterMembersTests
{
    [Fact]
    public void Null_members_are_left_out()
    {
        Assert.Equal("{}", Written(w => w.String("s", null).Number("i", null).Number("d", (double?)null).Boolean("b", null)
            .Strings("ss", null).Object<string>("o", null, (_, _) => { }).Objects<string>("os", null, (_, _) => { })));
    }

    [Fact]
    public void Values_are_written_in_call_order_with_the_default_escaping()
    {
        var json = Written(w => w.String("s", "<a> & \"b\" é").Number("i", 100).Number("d", 12.345).Number("whole", 50d).Boolean("b", false)
            .Strings("ss", ["x", "y"]).Object("o", "v", (o, v) => o.String("k", v)).Objects("os", ["1", "2"], (o, v) => o.String("k", v)));

        Assert.Equal("""{"s":"\u003Ca\u003E \u0026 \u0022b\u0022 \u00E9","i":100,"d":12.345,"whole":50,"b":false,"ss":["x","y"],"o":{"k":"v"},"os":[{"k":"1"},{"k":"2"}]}""", json);
    }

    [Fact]
    public void Empty_lists_are_written_as_empty_arrays()
    {
        Assert.Equal("""{"ss":[],"os":[]}""", Written(w => w.Strings("ss", []).Objects<string>("os", [], (_, _) => { })));
    }

    [Fact]
    public void Times_enums_and_maps_follow_the_serializer()
    {
        var at = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.FromHours(1));
        var json = Written(w => w.Time("t", at).Time("none", null).Name("day", DayOfWeek.Friday).Name("noDay", (DayOfWeek?)null)
            .Map("attributes", new Dictionary<string, string?> { ["name-only"] = null, ["k"] = "v" }).Map("counts", new Dictionary<string, int> { ["a"] = 2 })
            .Map("noMap", (IEnumerable<KeyValuePair<string, int>>?)null));

        Assert.Equal("""{"t":"2026-11-27T03:00:00+01:00","day":"Friday","attributes":{"name-only":null,"k":"v"},"counts":{"a":2}}""", json);
        Assert.Equal(JsonSerializer.Serialize(new { t = at }), Written(w => w.Time("t", at)));
    }

    [Fact]
    public void A_document_is_whatever_its_writer_writes_and_values_form_an_array()
    {
        var bytes = Utf8JsonWriterMembers.ToUtf8(new[] { 1, 2 }, static (w, numbers) => w.Values(numbers, static (v, n) => v.WriteNumberValue(n)));

        Assert.Equal("[1,2]", Encoding.UTF8.GetString(bytes));
    }

    private static string Written(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.Members(writeMembers, (w, write) => write(w));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

using System.Text.Json;
using EcsScaling.Functions.Json;

namespace EcsScaling.Functions.Tests.Json;

public class JsonOutputTests
{
    [Fact]
    public void Null_members_are_omitted_but_null_map_values_are_written()
    {
        var json = JsonOutput.ToText(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteOptional("text", (string?)null);
            writer.WriteOptional("number", (double?)null);
            writer.WriteOptional("count", (int?)null);
            writer.WriteOptional("flag", (bool?)null);
            writer.WriteOptional("time", (DateTimeOffset?)null);
            writer.WriteStrings("names", null);
            writer.WriteMap("attributes", new Dictionary<string, string?> { ["name-only"] = null, ["k"] = "v" });
            writer.WriteOptional("kept", 0.5);
            writer.WriteEndObject();
        });

        Assert.Equal("""{"attributes":{"name-only":null,"k":"v"},"kept":0.5}""", json);
    }

    [Fact]
    public void Enums_are_written_by_name_and_arrays_in_order()
    {
        var json = JsonOutput.ToText(new[] { DayOfWeek.Monday, DayOfWeek.Sunday }, static (writer, days) =>
            writer.WriteArray(days, static (w, day) => w.WriteStringValue(day.ToString())));

        Assert.Equal("""["Monday","Sunday"]""", json);
        Assert.Equal(JsonSerializer.Serialize(new { day = "Friday" }), JsonOutput.ToText(DayOfWeek.Friday, static (w, d) =>
        {
            w.WriteStartObject();
            w.WriteName("day", d);
            w.WriteEndObject();
        }));
    }
}

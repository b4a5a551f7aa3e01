using System.Text;
using System.Text.Json;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Observability;

namespace EcsScaling.Functions.Tests.Observability;

public class JsonFieldWriterTests
{
    public static TheoryData<object?, string> Values() => new()
    {
        { null, "null" },
        { "x\"y", "\"x\\u0022y\"" },
        { true, "true" },
        { 7, "7" },
        { 7L, "7" },
        { 1.5, "1.5" },
        { double.NaN, "\"NaN\"" },
        { 2.25m, "2.25" },
        { TimeSpan.FromMilliseconds(1500), "1.5" },
        { ContainerInstanceStatus.Draining, "\"Draining\"" },
        { new[] { "i-1", "i-2" }, "[\"i-1\",\"i-2\"]" },
        { new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(2)), "\"2026-03-02T10:00:00.0000000Z\"" },
        { new Uri("https://example.com/a"), "\"https://example.com/a\"" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_are_written_as_json_without_reflection(object? value, string json)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonFieldWriter.Write(writer, value);
        }

        Assert.Equal(json, Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

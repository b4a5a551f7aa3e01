using System.Globalization;
using System.Text.Json;

namespace EcsScaling.Functions.Events;

/// <summary>
/// A JSON value plus the path that led to it, with lenient readers: real payloads put numbers in
/// strings, JSON inside strings, nulls where the docs show values and arrays where one value is expected.
/// Every failure names the path.
/// </summary>
public readonly record struct EventNode(JsonElement Element, string Path)
{
    public bool IsObject => Element.ValueKind == JsonValueKind.Object;

    public bool Has(string name) => IsObject && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public EventNode? Optional(string name) =>
        IsObject && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new EventNode(value, Child(name))
            : null;

    public EventNode Required(string name) => Optional(name) ?? throw Fail(Child(name), "missing");

    /// <summary>An object, or a string holding a JSON object (SNS messages, alarm reasonData).</summary>
    public EventNode RequiredObject(string name) => Required(name).AsObject();

    public EventNode AsObject()
    {
        if (IsObject)
        {
            return this;
        }

        if (Element.ValueKind == JsonValueKind.String)
        {
            return EmbeddedJson.Parse(Element.GetString()!, Path);
        }

        throw Fail(Path, $"expected an object, got {Describe(Element)}");
    }

    public string RequiredString(string name) => OptionalString(name) ?? throw Fail(Child(name), "missing");

    /// <summary>A string; a one-element array of strings is accepted (some payloads wrap single values).</summary>
    public string? OptionalString(string name)
    {
        if (Optional(name) is not { } node)
        {
            return null;
        }

        var element = node.Element;
        if (element.ValueKind == JsonValueKind.Array)
        {
            if (element.GetArrayLength() != 1)
            {
                throw Fail(node.Path, $"expected one value, got an array of {element.GetArrayLength()}");
            }

            element = element[0];
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(element.GetString()),
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw Fail(node.Path, $"expected a string, got {Describe(element)}"),
        };
    }

    public int? OptionalInt(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail(Child(name), $"expected an integer, got \"{text}\"");
    }

    public bool? OptionalBool(string name)
    {
        if (Optional(name) is not { } node)
        {
            return null;
        }

        return node.Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(node.Element.GetString(), out var value) => value,
            _ => throw Fail(node.Path, $"expected true or false, got {Describe(node.Element)}"),
        };
    }

    public DateTimeOffset? OptionalTimestamp(string name)
    {
        var text = OptionalString(name);
        return text is null ? null : Timestamps.Parse(text, Child(name));
    }

    public string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public static EventParseException Fail(string path, string problem) => new(path.Length == 0 ? "$" : path, problem);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Truncate(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Reads members of a response object as the former System.Text.Json contracts did: names are
/// case-sensitive, unknown members are ignored, an absent member is null (0 / false for the
/// non-nullable counts and flags), JSON null is null for nullable members but malformed for
/// non-nullable ones, and a value of another kind is malformed (JsonMemberException, which the
/// caller turns into a MalformedResponse). One stricter rule: a null item inside a list is
/// malformed, where the contracts handed the mapping a null item to dereference.
/// </summary>
public static class JsonElementMembers
{
    public static string? String(this JsonElement obj, string name) =>
        Present(obj, name) is { } value ? AsString(value, name) : null;

    public static int Int32(this JsonElement obj, string name) => Member(obj, name) is { } value ? AsInt32(value, name) : 0;

    public static int? Int32OrNull(this JsonElement obj, string name) => Present(obj, name) is { } value ? AsInt32(value, name) : null;

    public static long? Int64OrNull(this JsonElement obj, string name) => Present(obj, name) is { } value ? AsInt64(value, name) : null;

    public static double Double(this JsonElement obj, string name) => Member(obj, name) is { } value ? AsDouble(value, name) : 0;

    public static double? DoubleOrNull(this JsonElement obj, string name) => Present(obj, name) is { } value ? AsDouble(value, name) : null;

    public static bool Boolean(this JsonElement obj, string name) => Member(obj, name) is { } value && AsBoolean(value, name);

    public static bool? BooleanOrNull(this JsonElement obj, string name) => Present(obj, name) is { } value ? AsBoolean(value, name) : null;

    public static T? Object<T>(this JsonElement obj, string name, Func<JsonElement, T> read)
        where T : class
    {
        T? result = null;
        obj.InObject(name, value => result = read(value));
        return result;
    }

    /// <summary>Reads an object member with read (absent or null: not called); returns whether it was there.</summary>
    public static bool InObject(this JsonElement obj, string name, Action<JsonElement> read)
    {
        if (Present(obj, name) is not { } value)
        {
            return false;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw WrongKind(value, name, "an object");
        }

        Located("." + name, () => read(value));
        return true;
    }

    public static List<T>? Array<T>(this JsonElement obj, string name, Func<JsonElement, T> readItem)
    {
        var items = new List<T>();
        return obj.EachItem(name, item => items.Add(readItem(item))) ? items : null;
    }

    /// <summary>
    /// Visits the items of a list member in order (absent or null: none), for a reader that keeps
    /// less than a list of them (a count, a map, the items that pass a test); returns whether the list was there.
    /// </summary>
    public static bool EachItem(this JsonElement obj, string name, Action<JsonElement> visit)
    {
        if (Present(obj, name) is not { } value)
        {
            return false;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongKind(value, name, "an array");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            Located($".{name}[{index++}]", () => visit(item));
        }

        return true;
    }

    public static List<string>? Strings(this JsonElement obj, string name) => obj.Array(name, item => AsString(item, null));

    /// <summary>Absent → null; present (JSON null included) → the value, for members whose default is not null.</summary>
    private static JsonElement? Member(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new JsonMemberException(string.Empty, $"expected an object holding '{name}', found {obj.ValueKind}.");
        }

        return obj.TryGetProperty(name, out var value) ? value : null;
    }

    /// <summary>Absent or JSON null → null.</summary>
    private static JsonElement? Present(JsonElement obj, string name) =>
        Member(obj, name) is { ValueKind: not JsonValueKind.Null } value ? value : null;

    private static void Located(string segment, Action read)
    {
        try
        {
            read();
        }
        catch (JsonMemberException e)
        {
            throw e.Under(segment);
        }
    }

    /// <param name="name">null for a list item, whose index the enclosing Array adds to the path.</param>
    private static string AsString(JsonElement value, string? name) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongKind(value, name, "a string");

    private static int AsInt32(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : throw WrongKind(value, name, "a 32-bit integer");

    private static long AsInt64(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : throw WrongKind(value, name, "a 64-bit integer");

    private static double AsDouble(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var n) ? n : throw WrongKind(value, name, "a finite number");

    private static bool AsBoolean(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw WrongKind(value, name, "true or false"),
    };

    private static JsonMemberException WrongKind(JsonElement value, string? name, string expected) =>
        new(name is null ? string.Empty : "." + name, $"expected {expected}, found {(value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind)}.");
}

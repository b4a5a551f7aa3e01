using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Writes JSON members the way System.Text.Json's serializer did with WhenWritingNull: a null member
/// is left out, everything else is written in call order, enums by name. AWS requests and function
/// results are written with these by hand rather than through source-generated contracts, because
/// each contract type costs kilobytes of generic instantiations in the AOT binary (see the README's Development section).
/// Each returns the writer so one object reads as one chain; writeMembers writes members only and the
/// braces are written here.
/// </summary>
public static class Utf8JsonWriterMembers
{
    /// <summary>One JSON document, as UTF-8: whatever writeValue writes (an object, an array).</summary>
    public static byte[] ToUtf8<T>(T value, Action<Utf8JsonWriter, T> writeValue)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writeValue(writer, value);
        }

        return buffer.ToArray();
    }

    /// <summary>An array of values, each written whole by writeValue.</summary>
    public static Utf8JsonWriter Values<T>(this Utf8JsonWriter writer, IEnumerable<T> values, Action<Utf8JsonWriter, T> writeValue)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writeValue(writer, value);
        }

        writer.WriteEndArray();
        return writer;
    }

    public static Utf8JsonWriter String(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }

        return writer;
    }

    public static Utf8JsonWriter Number(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }

        return writer;
    }

    public static Utf8JsonWriter Number(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }

        return writer;
    }

    public static Utf8JsonWriter Boolean(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }

        return writer;
    }

    public static Utf8JsonWriter Time(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }

        return writer;
    }

    /// <summary>An enum by its name, as JsonStringEnumConverter writes it.</summary>
    public static Utf8JsonWriter Name(this Utf8JsonWriter writer, string name, Enum? value) => writer.String(name, value?.ToString());

    public static Utf8JsonWriter Strings(this Utf8JsonWriter writer, string name, IReadOnlyList<string>? values) =>
        writer.Array(name, values, static (w, value) => w.WriteStringValue(value));

    public static Utf8JsonWriter Object<T>(this Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> writeMembers)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.Members(value, writeMembers);
        }

        return writer;
    }

    public static Utf8JsonWriter Objects<T>(this Utf8JsonWriter writer, string name, IReadOnlyList<T>? values, Action<Utf8JsonWriter, T> writeMembers) =>
        writer.Array(name, values, (w, value) => w.Members(value, writeMembers));

    /// <summary>A map's null values are written as null, as the serializer does: the null-omission rule is for members.</summary>
    public static Utf8JsonWriter Map(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string?>>? map) =>
        writer.Map(name, map, static (w, key, value) => w.WriteString(key, value));

    public static Utf8JsonWriter Map(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, int>>? map) =>
        writer.Map(name, map, static (w, key, value) => w.WriteNumber(key, value));

    /// <summary>One JSON object: braces around what writeMembers writes.</summary>
    public static void Members<T>(this Utf8JsonWriter writer, T value, Action<Utf8JsonWriter, T> writeMembers)
    {
        writer.WriteStartObject();
        writeMembers(writer, value);
        writer.WriteEndObject();
    }

    private static Utf8JsonWriter Array<T>(this Utf8JsonWriter writer, string name, IReadOnlyList<T>? values, Action<Utf8JsonWriter, T> writeItem)
    {
        if (values is not null)
        {
            writer.WritePropertyName(name);
            writer.Values(values, writeItem);
        }

        return writer;
    }

    private static Utf8JsonWriter Map<TValue>(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, TValue>>? map, Action<Utf8JsonWriter, string, TValue> writeEntry)
    {
        if (map is not null)
        {
            writer.WriteStartObject(name);
            foreach (var (key, value) in map)
            {
                writeEntry(writer, key, value);
            }

            writer.WriteEndObject();
        }

        return writer;
    }
}

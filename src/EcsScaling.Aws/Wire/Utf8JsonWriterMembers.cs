using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Writes request members the way the former System.Text.Json contracts did (WhenWritingNull):
/// a null member is left out, everything else is written in the order the request lists it.
/// Each returns the writer so one request reads as one chain.
/// </summary>
public static class Utf8JsonWriterMembers
{
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

    public static Utf8JsonWriter Strings(this Utf8JsonWriter writer, string name, IReadOnlyList<string>? values) =>
        writer.Array(name, values, static (w, value) => w.WriteStringValue(value));

    /// <summary>writeMembers writes the members only; the braces are written here.</summary>
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
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writeItem(writer, value);
            }

            writer.WriteEndArray();
        }

        return writer;
    }
}

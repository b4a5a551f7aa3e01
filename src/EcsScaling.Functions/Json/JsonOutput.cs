using System.Text.Json;

namespace EcsScaling.Functions.Json;

/// <summary>Writes one value of type T as JSON.</summary>
public delegate void JsonWrite<in T>(Utf8JsonWriter writer, T value);

/// <summary>
/// How results leave the functions: written member by member, camelCase, enums by name, null members
/// omitted — the shape System.Text.Json's serializer gave them. Hand-written rather than source-generated
/// because every serialized type costs kilobytes of generic instantiations in the AOT binary (issue #2,
/// P5: ~0.7 MB for the result types); tests compare each writer with the reflection serializer.
/// </summary>
public static class JsonOutput
{
    public static byte[] ToUtf8<T>(T value, JsonWrite<T> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return buffer.ToArray();
    }

    public static string ToText<T>(T value, JsonWrite<T> write) => System.Text.Encoding.UTF8.GetString(ToUtf8(value, write));

    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
    }

    public static void WriteName(this Utf8JsonWriter writer, string name, Enum value) => writer.WriteString(name, value.ToString());

    public static void WriteObject<T>(this Utf8JsonWriter writer, string name, T? value, JsonWrite<T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
    }

    public static void WriteArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T>? items, JsonWrite<T> write)
    {
        if (items is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteArray(items, write);
    }

    public static void WriteArray<T>(this Utf8JsonWriter writer, IEnumerable<T> items, JsonWrite<T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string>? items) =>
        writer.WriteArray(name, items, static (w, item) => w.WriteStringValue(item));

    /// <summary>A map's null values are written as null, as the serializer does (the null-omission rule is for members).</summary>
    public static void WriteMap(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string?>>? map)
    {
        if (map is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteMap(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, int>>? map)
    {
        if (map is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
    }
}

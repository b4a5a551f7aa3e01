using System.Globalization;
using System.Text.Json;

namespace EcsScaling.Functions.Observability;

/// <summary>Writes a log field's value without reflection: primitives as JSON values, sequences as arrays, anything else as its text.</summary>
public static class JsonFieldWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case double number when double.IsFinite(number): writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case DateTimeOffset time: writer.WriteStringValue(time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeSpan span: writer.WriteNumberValue(span.TotalSeconds); break;
            case Enum member: writer.WriteStringValue(member.ToString()); break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}

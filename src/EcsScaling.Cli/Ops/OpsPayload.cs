using System.Text.Json;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Ops;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// The CLI writes its arguments as the ops function's JSON command and parses it with the
/// function's own parser, so both accept exactly the same input and reject it with the same
/// field-naming errors.
/// </summary>
internal static class OpsPayload
{
    public static OpsCommand Command(string name, params (string Field, object? Value)[] fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("command", name);
            foreach (var (field, value) in fields)
            {
                switch (value)
                {
                    case null:
                        break;
                    case bool flag:
                        json.WriteBoolean(field, flag);
                        break;
                    default:
                        json.WriteString(field, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        return OpsCommandParser.Parse(buffer.ToArray());
    }
}

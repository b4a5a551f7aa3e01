using System.Text;
using System.Text.Json;

namespace EcsScaling.Functions.Events;

/// <summary>Parses JSON payloads with the limits we accept, turning reader errors into EventParseException.</summary>
public static class EmbeddedJson
{
    /// <summary>Real events nest a handful of levels; anything deeper is not an event we know.</summary>
    public const int MaxDepth = 32;

    /// <summary>Lambda's synchronous invoke limit is 6 MB; events are a few KB. Refuse anything bigger than 1 MiB.</summary>
    public const int MaxPayloadBytes = 1 << 20;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    public static JsonDocument ParseDocument(ReadOnlyMemory<byte> utf8, string path)
    {
        if (utf8.Length > MaxPayloadBytes)
        {
            throw new EventParseException(Where(path), $"payload is {utf8.Length} bytes, more than the {MaxPayloadBytes} accepted");
        }

        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            throw new EventParseException(Where(path), Explain(utf8.Span, e), e);
        }
    }

    /// <summary>A JSON object carried inside a string (SNS Message, alarm reasonData).</summary>
    public static EventNode Parse(string json, string path)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            throw new EventParseException(Where(path), "expected a JSON object inside the string, but it is " + Explain(utf8, e), e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new EventParseException(Where(path), "expected a JSON object inside the string");
            }

            // Clone copies the element out of the pooled document, so it outlives the document.
            return new EventNode(document.RootElement.Clone(), path);
        }
    }

    private static string Where(string path) => path.Length == 0 ? "$" : path;

    // Reader messages are resource keys in the trimmed binary, so the explanation is built from positions and depth.
    private static string Explain(ReadOnlySpan<byte> utf8, JsonException e) =>
        DeeperThanAllowed(utf8)
            ? $"nested deeper than {MaxDepth} levels"
            : $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})";

    private static bool DeeperThanAllowed(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Invalid before getting too deep.
        }

        return false;
    }
}

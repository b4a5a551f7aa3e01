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
            throw new EventParseException(Where(path), Explain(e), e);
        }
    }

    /// <summary>A JSON object carried inside a string (SNS Message). The document is kept alive for the process of parsing one payload.</summary>
    public static JsonNode Parse(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new EventParseException(Where(path), "expected a JSON object inside the string: " + Explain(e), e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new EventParseException(Where(path), "expected a JSON object inside the string");
        }

        // Clone detaches the element from the pooled document, so it stays valid after disposal.
        var root = document.RootElement.Clone();
        document.Dispose();
        return new JsonNode(root, path);
    }

    private static string Where(string path) => path.Length == 0 ? "$" : path;

    private static string Explain(JsonException e) =>
        e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"nested deeper than {MaxDepth} levels"
            : $"not valid JSON ({e.Message})";
}

using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>One API operation; the single source of truth for what is sent and which IAM action it needs.</summary>
public abstract class AwsOperation(AwsService service, string name)
{
    public AwsService Service { get; } = service;

    public string Name { get; } = name;

    public string IamAction => $"{Service.IamPrefix}:{Name}";

    public override string ToString() => IamAction;
}

/// <summary>
/// An awsJson1_1 operation: the gateway writes the request's members, the answer is read from a
/// JsonDocument straight into what the gateway returns. Hand-written rather than through
/// source-generated System.Text.Json contracts for the size of the Native AOT binary (issue #2,
/// P5): every contract type instantiates JsonTypeInfo/JsonConverter/JsonPropertyInfo generics worth
/// kilobytes (more for value types); replacing the ECS and Application Auto Scaling contracts with
/// readers and writers that share one non-generic JsonDocument/Utf8JsonWriter path took the
/// stripped binary from 13,435,208 to 12,863,112 bytes.
/// </summary>
public sealed class JsonOperation<TResponse>(AwsService service, string name, Func<JsonElement, TResponse> readResponse)
    : AwsOperation(service, name)
{
    /// <summary>One JSON object: braces around what writeMembers writes (null members left out).</summary>
    public byte[] WriteRequest(Action<Utf8JsonWriter> writeMembers) =>
        Utf8JsonWriterMembers.ToUtf8(writeMembers, static (writer, write) => writer.Members(write, static (w, members) => members(w)));

    /// <summary>Throws JsonException for a body that is not one JSON object (the contracts' rule, null included).</summary>
    public TResponse ReadResponse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object
            ? readResponse(root)
            : throw new JsonException($"the response body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
    }
}

/// <summary>An awsQuery operation: form parameters in, the &lt;OpResult&gt; element parsed out.</summary>
public sealed class QueryOperation<TResponse>(AwsService service, string name, Func<QueryElement, TResponse> parseResult)
    : AwsOperation(service, name)
{
    public TResponse Parse(QueryElement result) => parseResult(result);
}

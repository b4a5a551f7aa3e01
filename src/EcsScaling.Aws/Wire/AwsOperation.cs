using System.Text.Json;
using EcsScaling.Aws.Wire;

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
/// An awsJson1_1 operation: the request written member by member, the answer read from a
/// JsonDocument. Hand-written rather than through source-generated System.Text.Json contracts
/// for the size of the Native AOT binary (issue #2, P5): every contract type instantiates
/// JsonTypeInfo/JsonConverter/JsonPropertyInfo generics worth kilobytes (more for value types);
/// replacing the ECS and Application Auto Scaling contracts with these readers and writers, which
/// share one non-generic JsonDocument/Utf8JsonWriter path, took the stripped binary from
/// 13,435,208 to 12,863,112 bytes.
/// </summary>
public sealed class JsonOperation<TRequest, TResponse>(AwsService service, string name, Action<Utf8JsonWriter, TRequest> writeRequest, Func<JsonElement, TResponse> readResponse)
    : AwsOperation(service, name)
{
    public byte[] WriteRequest(TRequest request) => Utf8JsonWriterMembers.ToUtf8(request, (writer, value) => writer.Members(value, writeRequest));

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

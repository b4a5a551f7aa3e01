using System.Text.Json.Serialization.Metadata;

namespace EcsScaling.Aws.Wire;

/// <summary>One API operation; the single source of truth for what is sent and which IAM action it needs.</summary>
public abstract class AwsOperation(AwsService service, string name)
{
    public AwsService Service { get; } = service;

    public string Name { get; } = name;

    public string IamAction => $"{Service.IamPrefix}:{Name}";

    public override string ToString() => IamAction;
}

/// <summary>An awsJson1_1 operation: request and response documents through source-generated contracts.</summary>
public sealed class JsonOperation<TRequest, TResponse>(AwsService service, string name, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType)
    : AwsOperation(service, name)
{
    public JsonTypeInfo<TRequest> RequestType { get; } = requestType;

    public JsonTypeInfo<TResponse> ResponseType { get; } = responseType;
}

/// <summary>An awsQuery operation: form parameters in, the &lt;OpResult&gt; element parsed out.</summary>
public sealed class QueryOperation<TResponse>(AwsService service, string name, Func<QueryElement, TResponse> parseResult)
    : AwsOperation(service, name)
{
    public TResponse Parse(QueryElement result) => parseResult(result);
}

using Amazon.Runtime;

namespace EcsScaling.Aws.Wire;

/// <summary>An already-serialized request body; the operation decides target (JSON) or action (query).</summary>
internal sealed class WireRequest(AwsOperation operation, byte[] body) : AmazonWebServiceRequest
{
    public AwsOperation Operation { get; } = operation;

    public byte[] Body { get; } = body;
}

/// <summary>The raw response body, parsed by the operation after the SDK's pipeline (retries, errors) is done.</summary>
internal sealed class WireResponse : AmazonWebServiceResponse
{
    public byte[] Body { get; init; } = [];
}

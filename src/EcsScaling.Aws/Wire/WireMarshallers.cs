using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace EcsScaling.Aws.Wire;

/// <summary>awsJson1_1: POST / with X-Amz-Target: &lt;prefix&gt;.&lt;Operation&gt;.</summary>
internal sealed class JsonRpcMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static readonly JsonRpcMarshaller Instance = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var wire = (WireRequest)input;
        var request = NewPost(wire, "application/x-amz-json-1.1");
        request.Headers["X-Amz-Target"] = $"{wire.Operation.Service.TargetPrefix}.{wire.Operation.Name}";
        return request;
    }

    internal static DefaultRequest NewPost(WireRequest wire, string contentType)
    {
        var request = new DefaultRequest(wire, wire.Operation.Service.ServiceId)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            Content = wire.Body,
        };
        request.Headers["Content-Type"] = contentType;
        return request;
    }
}

/// <summary>awsQuery: the form body (Action, Version, parameters) was built by the caller.</summary>
internal sealed class QueryMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static readonly QueryMarshaller Instance = new();

    public IRequest Marshall(AmazonWebServiceRequest input) =>
        JsonRpcMarshaller.NewPost((WireRequest)input, "application/x-www-form-urlencoded; charset=utf-8");
}

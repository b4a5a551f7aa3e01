using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon;
using Amazon.Runtime.Internal.Util;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// awsJson1_1 answers: the body is kept whole for the operation to parse; errors go through the
/// SDK's own parser (__type with the namespace stripped, or x-amzn-ErrorType).
/// </summary>
internal sealed class JsonRpcUnmarshaller : JsonResponseUnmarshaller
{
    public static readonly JsonRpcUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new WireResponse { Body = ReadAll(input.Stream) };

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        var reader = new StreamingUtf8JsonReader(input.Stream, AWSConfigs.StreamingUtf8JsonReaderBufferSize ?? 4096, input.JsonMaxDepth);
        var error = JsonErrorResponseUnmarshaller.GetInstance().Unmarshall(input, ref reader);
        return new AmazonServiceException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
    }

    internal static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>awsQuery answers: XML kept whole; &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code&gt; parsed by the SDK.</summary>
internal sealed class QueryUnmarshaller : XmlResponseUnmarshaller
{
    public static readonly QueryUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext input) => new WireResponse { Body = JsonRpcUnmarshaller.ReadAll(input.Stream) };

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        var error = XmlErrorResponseUnmarshaller.GetInstance().Unmarshall(input);
        return new AmazonServiceException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
    }
}

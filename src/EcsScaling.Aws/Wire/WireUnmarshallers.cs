using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// awsJson1_1 answers: the body is kept whole for the operation to parse; errors go through the
/// SDK's rules (__type with the namespace stripped, or x-amzn-ErrorType), applied by JsonErrors.
/// </summary>
internal sealed class JsonRpcUnmarshaller : JsonResponseUnmarshaller
{
    public static readonly JsonRpcUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new WireResponse { Body = ReadAll(input.Stream) };

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        var error = JsonErrors.Read(ReadAll(input.Stream), name => input.ResponseData.IsHeaderPresent(name) ? input.ResponseData.GetHeaderValue(name) : null);
        return new AmazonServiceException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
    }

    internal static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>
/// awsQuery answers: XML kept whole for the operation's parser; errors (&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code&gt;)
/// read by QueryXml. It derives from the JSON base only to get the raw body stream: the SDK's XML
/// base would bring System.Private.Xml into the AOT binary (P5, binary size).
/// </summary>
internal sealed class QueryUnmarshaller : JsonResponseUnmarshaller
{
    public static readonly QueryUnmarshaller Instance = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new WireResponse { Body = JsonRpcUnmarshaller.ReadAll(input.Stream) };

    /// <summary>The request id is the error document's, not the x-amzn-RequestId header the JSON base would put over it.</summary>
    public override AmazonServiceException UnmarshallException(UnmarshallerContext input, Exception innerException, HttpStatusCode statusCode) =>
        UnmarshallException((JsonUnmarshallerContext)input, innerException, statusCode);

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        var error = QueryXml.Error(JsonRpcUnmarshaller.ReadAll(input.Stream));
        return new AmazonServiceException(error.Message, innerException, error.Type, error.Code, error.RequestId, statusCode);
    }
}

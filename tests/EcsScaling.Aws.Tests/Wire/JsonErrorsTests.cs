using System.Text;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>The AWS SDK for .NET's awsJson error rules, which JsonErrors reproduces.</summary>
public class JsonErrorsTests
{
    private static readonly Func<string, string?> NoHeaders = _ => null;

    [Fact]
    public void The_type_loses_its_namespace_and_detail_and_the_request_id_is_the_header()
    {
        var error = JsonErrors.Read(Body("""{"__type":"com.amazonaws.ecs#ClusterNotFoundException:http://internal","message":"Cluster not found.","nested":{"message":"ignored"}}"""), Headers(("x-amzn-RequestId", "r-1")));

        Assert.Equal(("ClusterNotFoundException", "Cluster not found.", "r-1"), (error.Code, error.Message, error.RequestId));
    }

    [Fact]
    public void Without_a_type_the_header_then_the_code_field_names_the_error()
    {
        Assert.Equal("ThrottlingException", JsonErrors.Read(Body("""{"Message":"slow down"}"""), Headers(("x-amzn-ErrorType", "ThrottlingException:http://detail"))).Code);
        Assert.Equal("LimitExceeded", JsonErrors.Read(Body("""{"Code":"LimitExceeded","Message":"m"}"""), NoHeaders).Code);
    }

    [Fact]
    public void The_message_header_wins_over_the_body()
    {
        var error = JsonErrors.Read(Body("""{"__type":"X","message":"body"}"""), Headers(("x-amzn-error-message", "header")));

        Assert.Equal("header", error.Message);
    }

    [Theory]
    [InlineData("""{"__type":"InternalFailure"}""", "The service returned an error with Error Code InternalFailure and HTTP Body: {")]
    [InlineData("not json at all", "The service returned an error with HTTP Body: not json at all")]
    [InlineData("", "The service returned an error with an empty body.")]
    public void Without_a_message_the_body_is_the_message(string body, string messageStart)
    {
        Assert.StartsWith(messageStart, JsonErrors.Read(Body(body), NoHeaders).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_body_is_read_as_an_awsQuery_error()
    {
        var error = JsonErrors.Read(Body("  <ErrorResponse><Error><Code>AccessDenied</Code><Message>no</Message></Error><RequestId>r-2</RequestId></ErrorResponse>"), NoHeaders);

        Assert.Equal(("AccessDenied", "no", "r-2"), (error.Code, error.Message, error.RequestId));
    }

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(text);

    private static Func<string, string?> Headers(params (string Name, string Value)[] headers) =>
        name => headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}

using System.Text;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class QueryXmlTests
{
    [Fact]
    public void Finds_the_result_by_local_name_whatever_the_namespace()
    {
        var body = Encoding.UTF8.GetBytes("""<DescribeAlarmsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><DescribeAlarmsResult><MetricAlarms><member><AlarmName>a</AlarmName></member><member><AlarmName>b</AlarmName></member></MetricAlarms><NextToken>n</NextToken></DescribeAlarmsResult></DescribeAlarmsResponse>""");

        var result = QueryXml.Result(body, "DescribeAlarms");

        Assert.Equal(["a", "b"], result.Members("MetricAlarms").Select(m => m.Required("AlarmName")));
        Assert.Equal("n", result.Text("NextToken"));
        Assert.Empty(result.Members("CompositeAlarms"));
    }

    [Fact]
    public void An_empty_body_is_an_empty_result_and_a_missing_required_field_is_named()
    {
        Assert.Empty(QueryXml.Result([], "DeletePolicy").Elements);

        var error = Assert.Throws<FormatException>(() => QueryXml.Result(Encoding.UTF8.GetBytes("<XResponse><XResult/></XResponse>"), "X").Required("PolicyName"));
        Assert.Contains("PolicyName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_document_gives_code_message_and_request_id()
    {
        var body = Encoding.UTF8.GetBytes("""<ErrorResponse xmlns="http://autoscaling.amazonaws.com/doc/2011-01-01/"><Error><Type>Sender</Type><Code>ValidationError</Code><Message>No active Lifecycle Action</Message></Error><RequestId>r-1</RequestId></ErrorResponse>""");

        var error = QueryXml.Error(body);

        Assert.Equal(("ValidationError", "No active Lifecycle Action", "r-1"), (error.Code, error.Message, error.RequestId));
    }

    [Fact]
    public void An_ec2_style_error_list_is_read_too()
    {
        var error = QueryXml.Error(Encoding.UTF8.GetBytes("<Response><Errors><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></Errors><RequestID>r-2</RequestID></Response>"));

        Assert.Equal(("Throttling", "Rate exceeded", "r-2"), (error.Code, error.Message, error.RequestId));
    }

    [Theory]
    [InlineData("<ErrorResponse><Error><Code>InternalFailure</Code></Error></ErrorResponse>", "The service returned an error with Error Code InternalFailure and HTTP Body: <ErrorResponse>")]
    [InlineData("<html>Bad Gateway", "The service returned an error with HTTP Body: <html>Bad Gateway")]
    [InlineData("", "The service returned an error with an empty body.")]
    public void Without_a_message_the_body_is_the_message(string body, string messageStart)
    {
        var error = QueryXml.Error(Encoding.UTF8.GetBytes(body));

        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
        Assert.Null(error.Code is "InternalFailure" ? null : error.Code);
    }
}

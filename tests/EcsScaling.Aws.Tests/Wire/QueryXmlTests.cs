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
        Assert.Empty(QueryXml.Result([], "DeletePolicy").Elements());

        var error = Assert.Throws<FormatException>(() => QueryXml.Result(Encoding.UTF8.GetBytes("<XResponse><XResult/></XResponse>"), "X").Required("PolicyName"));
        Assert.Contains("PolicyName", error.Message, StringComparison.Ordinal);
    }
}

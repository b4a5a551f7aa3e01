using System.Text;
using System.Text.Json;
using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>JsonOperation's framing: one JSON object out, one JSON object back, anything else malformed.</summary>
public class AwsOperationTests
{
    private static readonly JsonOperation<Page<string>> Op = EcsOperations.ListServices;

    [Fact]
    public void The_request_is_one_object_and_an_all_null_request_is_empty_braces()
    {
        Assert.Equal("""{"cluster":"main","nextToken":"tok","maxResults":100}""", Encoding.UTF8.GetString(Op.WriteRequest(w => w.String("cluster", "main").String("nextToken", "tok").Number("maxResults", 100))));
        Assert.Equal("{}", Encoding.UTF8.GetString(Op.WriteRequest(w => w.String("cluster", null).String("nextToken", null).Number("maxResults", (int?)null))));
    }

    [Fact]
    public void The_response_object_is_handed_to_the_reader()
    {
        var response = Op.ReadResponse("""{"serviceArns":["arn:s"],"nextToken":"n","unknown":{"x":[1]}}"""u8.ToArray());

        Assert.Equal(["arn:s"], response.Items);
        Assert.Equal("n", response.NextToken);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    [InlineData("<html>")]
    [InlineData("""{"serviceArns":[]} x""")]
    [InlineData("""{/*c*/"serviceArns":[]}""")]
    [InlineData("""{"serviceArns":[],}""")]
    public void A_body_that_is_not_one_strict_JSON_object_is_a_JsonException(string body)
    {
        Assert.ThrowsAny<JsonException>(() => Op.ReadResponse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public async Task An_answer_with_a_member_of_the_wrong_kind_surfaces_as_MalformedResponse_naming_the_member()
    {
        using var server = new LoopbackAws().Answer(200, """{"tasks":[{"taskArn":"arn:t","createdAt":"yesterday"}]}""", "application/x-amz-json-1.1");
        using var caller = server.Caller();

        var error = await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.DescribeTasks, w => w.String("cluster", "main").Strings("tasks", ["arn:t"]), CancellationToken.None));

        Assert.Equal(("MalformedResponse", 200), (error.ErrorCode, error.StatusCode));
        Assert.Contains("$.tasks[0].createdAt", error.AwsMessage, StringComparison.Ordinal);
    }
}

using System.Text;
using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using Op = EcsScaling.Aws.Ecs.EcsOperations;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>The list-style, tag, failure and unread answers of the ECS operations, read back.</summary>
public class EcsOperationsTests
{
    [Fact]
    public void List_answers_read_their_items_and_next_token()
    {
        var services = Read(Op.ListServices, """{"serviceArns":["arn:s"],"nextToken":"n"}""");
        var instances = Read(Op.ListContainerInstances, """{"containerInstanceArns":["arn:ci"]}""");

        Assert.Equal(["arn:s"], services.Items);
        Assert.Equal("n", services.NextToken);
        Assert.Equal(["arn:ci"], instances.Items);
        Assert.Null(instances.NextToken);
        Assert.Equal(["arn:t"], Read(Op.ListTasks, """{"taskArns":["arn:t"],"nextToken":null}""").Items);
        Assert.Empty(Read(Op.ListServices, "{}").Items);
    }

    [Fact]
    public void Attribute_and_tag_answers_are_read()
    {
        var attributes = Read(Op.PutAttributes, """{"attributes":[{"name":"ecs-scaling.drain","value":"v","targetType":"container-instance","targetId":"arn:ci/1"}],"nextToken":"n"}""");
        var tags = Read(Op.ListTagsForResource, """{"tags":[{"key":"team","value":"sre"},{"key":"empty"}]}""");

        Assert.Same(UnreadAnswer.Instance, attributes);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "sre", ["empty"] = string.Empty }, tags);
    }

    [Fact]
    public void Failures_are_read_from_an_UpdateContainerInstancesState_answer()
    {
        var failures = Read(Op.UpdateContainerInstancesState, """{"containerInstances":[],"failures":[{"arn":"arn:ci/9","reason":"MISSING","detail":"gone"}]}""");

        Assert.Equal(new EcsFailure("arn:ci/9", "MISSING", "gone"), Assert.Single(failures));
        Assert.Empty(Read(Op.UpdateContainerInstancesState, """{"containerInstances":[]}"""));
    }

    [Fact]
    public void Answers_we_do_not_read_must_still_be_an_object()
    {
        Assert.NotNull(Read(Op.TagResource, """{"unexpected":[1,2]}"""));
        Assert.Null(Read(Op.StopTask, """{"task":null}"""));
        Assert.Null(Read(Op.StopTask, "{}"));
        Assert.Equal("$.task", Assert.Throws<JsonMemberException>(() => Read(Op.StopTask, """{"task":[]}""")).Path);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Read(Op.TagResource, "[]"));
    }

    internal static TResponse Read<TResponse>(JsonOperation<TResponse> operation, string body) =>
        operation.ReadResponse(Encoding.UTF8.GetBytes(body));
}

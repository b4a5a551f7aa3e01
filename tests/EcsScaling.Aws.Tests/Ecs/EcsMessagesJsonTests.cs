using System.Text;
using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using Op = EcsScaling.Aws.Ecs.EcsOperations;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>
/// Every ECS request byte for byte as the former source-generated contracts wrote it (captured
/// from them before they were removed), and the list-style answers read back.
/// </summary>
public class EcsMessagesJsonTests
{
    [Fact]
    public void Requests_match_what_the_former_contracts_wrote()
    {
        Assert.Equal("""{"clusters":["main","arn:aws:ecs:eu-west-1:1:cluster/b"],"include":["TAGS"]}""", Written(Op.DescribeClusters, new DescribeClustersRequest(["main", "arn:aws:ecs:eu-west-1:1:cluster/b"], ["TAGS"])));
        Assert.Equal("""{"cluster":"main","filter":"ec2InstanceId == i-0abc","status":"DRAINING","nextToken":"tok","maxResults":100}""", Written(Op.ListContainerInstances, new ListContainerInstancesRequest("main", "ec2InstanceId == i-0abc", "DRAINING", "tok", 100)));
        Assert.Equal("""{"cluster":"main","containerInstances":["arn:ci/1","arn:ci/2"]}""", Written(Op.DescribeContainerInstances, new DescribeContainerInstancesRequest("main", ["arn:ci/1", "arn:ci/2"])));
        Assert.Equal("""{"cluster":"main","containerInstances":["arn:ci/1"],"status":"DRAINING"}""", Written(Op.UpdateContainerInstancesState, new UpdateContainerInstancesStateRequest("main", ["arn:ci/1"], "DRAINING")));
        Assert.Equal("""{"cluster":"main","containerInstance":"arn:ci/1","serviceName":"web","desiredStatus":"RUNNING","nextToken":"tok","maxResults":100}""", Written(Op.ListTasks, new ListTasksRequest("main", "arn:ci/1", "web", "RUNNING", "tok", 100)));
        Assert.Equal("""{"cluster":"main","tasks":["arn:t/1"]}""", Written(Op.DescribeTasks, new DescribeTasksRequest("main", ["arn:t/1"])));
        Assert.Equal("""{"cluster":"main","task":"arn:t/1","reason":"drain \u003Ci-1\u003E \u0026 \u0022x\u0022 \u00E9\u002B\u0027"}""", Written(Op.StopTask, new StopTaskRequest("main", "arn:t/1", "drain <i-1> & \"x\" é+'")));
        Assert.Equal("""{"cluster":"main","tasks":["arn:t/1","arn:t/2"]}""", Written(Op.GetTaskProtection, new GetTaskProtectionRequest("main", ["arn:t/1", "arn:t/2"])));
        Assert.Equal("""{"cluster":"main","maxResults":100}""", Written(Op.ListServices, new ListServicesRequest("main", null, 100)));
        Assert.Equal("""{"cluster":"main","services":["web"],"include":["TAGS"]}""", Written(Op.DescribeServices, new DescribeServicesRequest("main", ["web"], ["TAGS"])));
        Assert.Equal("""{"cluster":"main","attributes":[{"name":"ecs-scaling.drain","value":"2026-01-01T00:00:00Z","targetId":"arn:ci/1"},{"name":"n","targetType":"container-instance"}]}""", Written(Op.PutAttributes, new PutAttributesRequest("main", [new EcsAttribute("ecs-scaling.drain", "2026-01-01T00:00:00Z", null, "arn:ci/1"), new EcsAttribute("n", null, "container-instance", null)])));
        Assert.Equal("""{"cluster":"main","attributes":[{"name":"ecs-scaling.drain","targetId":"arn:ci/1"}]}""", Written(Op.DeleteAttributes, new DeleteAttributesRequest("main", [new EcsAttribute("ecs-scaling.drain", null, null, "arn:ci/1")])));
        Assert.Equal("""{"resourceArn":"arn:c","tags":[{"key":"team","value":"sre"},{"key":"k"}]}""", Written(Op.TagResource, new TagResourceRequest("arn:c", [new EcsTag("team", "sre"), new EcsTag("k", null)])));
        Assert.Equal("""{"resourceArn":"arn:c"}""", Written(Op.ListTagsForResource, new ListTagsForResourceRequest("arn:c")));
    }

    [Fact]
    public void A_required_member_left_null_is_omitted_as_before_not_written_as_null()
    {
        Assert.Equal("""{"task":"t","reason":"r"}""", Written(Op.StopTask, new StopTaskRequest(null!, "t", "r")));
    }

    [Fact]
    public void List_answers_read_their_items_and_next_token()
    {
        var services = Read(Op.ListServices, """{"serviceArns":["arn:s"],"nextToken":"n"}""");
        var instances = Read(Op.ListContainerInstances, """{"containerInstanceArns":["arn:ci"]}""");

        Assert.Equal(["arn:s"], services.ServiceArns);
        Assert.Equal("n", services.NextToken);
        Assert.Equal(["arn:ci"], instances.ContainerInstanceArns);
        Assert.Null(instances.NextToken);
        Assert.Equal(["arn:t"], Read(Op.ListTasks, """{"taskArns":["arn:t"],"nextToken":null}""").TaskArns);
        Assert.Null(Read(Op.ListServices, "{}").ServiceArns);
    }

    [Fact]
    public void Attribute_and_tag_answers_are_read()
    {
        var attributes = Read(Op.PutAttributes, """{"attributes":[{"name":"ecs-scaling.drain","value":"v","targetType":"container-instance","targetId":"arn:ci/1"}],"nextToken":"n"}""");
        var tags = Read(Op.ListTagsForResource, """{"tags":[{"key":"team","value":"sre"},{"key":"empty"}]}""");

        Assert.Equal(new EcsAttribute("ecs-scaling.drain", "v", "container-instance", "arn:ci/1"), Assert.Single(attributes.Attributes!));
        Assert.Equal("n", attributes.NextToken);
        Assert.Equal([new EcsTag("team", "sre"), new EcsTag("empty", null)], tags.Tags);
    }

    [Fact]
    public void Failures_are_read_from_any_describe_answer()
    {
        var response = Read(Op.UpdateContainerInstancesState, """{"containerInstances":[],"failures":[{"arn":"arn:ci/9","reason":"MISSING","detail":"gone"}]}""");

        Assert.Empty(response.ContainerInstances!);
        Assert.Equal(new EcsFailure("arn:ci/9", "MISSING", "gone"), Assert.Single(response.Failures!));
    }

    [Fact]
    public void Answers_we_do_not_read_must_still_be_an_object()
    {
        Assert.NotNull(Read(Op.TagResource, """{"unexpected":[1,2]}"""));
        Assert.Null(Read(Op.StopTask, """{"task":null}""").Task);
        Assert.Null(Read(Op.StopTask, "{}").Task);
        Assert.Equal("$.task", Assert.Throws<JsonMemberException>(() => Read(Op.StopTask, """{"task":[]}""")).Path);
    }

    internal static string Written<TRequest, TResponse>(JsonOperation<TRequest, TResponse> operation, TRequest request) =>
        Encoding.UTF8.GetString(operation.WriteRequest(request));

    internal static TResponse Read<TRequest, TResponse>(JsonOperation<TRequest, TResponse> operation, string body) =>
        operation.ReadResponse(Encoding.UTF8.GetBytes(body));
}

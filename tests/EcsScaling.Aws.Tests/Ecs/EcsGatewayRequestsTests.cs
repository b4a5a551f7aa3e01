using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.Ecs.EcsOperations;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>
/// Every ECS request EcsGateway writes, byte for byte as the former source-generated contracts wrote
/// it (captured from them before they were removed): camelCase, null members left out.
/// </summary>
public class EcsGatewayRequestsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly RecordingCaller aws = new();

    private EcsGateway Gateway => new(aws);

    [Fact]
    public async Task Describe_requests_match_what_the_former_contracts_wrote()
    {
        await Gateway.DescribeClustersAsync(["main", "arn:aws:ecs:eu-west-1:1:cluster/b"], None);
        await Gateway.DescribeContainerInstancesAsync("main", ["arn:ci/1", "arn:ci/2"], None);
        await Gateway.DescribeTasksAsync("main", ["arn:t/1"], None);
        await Gateway.GetProtectedTaskArnsAsync("main", ["arn:t/1", "arn:t/2"], None);
        await Gateway.DescribeServicesAsync("main", ["web"], None);
        await Gateway.ListTagsAsync("arn:c", None);
        await Gateway.DescribeCapacityProvidersAsync(["main-cp", "main-cp"], None);
        await Gateway.DescribeCapacityProvidersAsync([], None);

        Assert.Equal("""{"clusters":["main","arn:aws:ecs:eu-west-1:1:cluster/b"],"include":["TAGS"]}""", Body(Op.DescribeClusters));
        Assert.Equal("""{"cluster":"main","containerInstances":["arn:ci/1","arn:ci/2"]}""", Body(Op.DescribeContainerInstances));
        Assert.Equal("""{"cluster":"main","tasks":["arn:t/1"]}""", Body(Op.DescribeTasks));
        Assert.Equal("""{"cluster":"main","tasks":["arn:t/1","arn:t/2"]}""", Body(Op.GetTaskProtection));
        Assert.Equal("""{"cluster":"main","services":["web"],"include":["TAGS"]}""", Body(Op.DescribeServices));
        Assert.Equal("""{"resourceArn":"arn:c"}""", Body(Op.ListTagsForResource));
        Assert.Equal(["""{"capacityProviders":["main-cp"]}"""], aws.BodiesOf(Op.DescribeCapacityProviders));
    }

    [Fact]
    public async Task List_requests_match_what_the_former_contracts_wrote_on_their_first_and_next_pages()
    {
        aws.Respond(Op.ListContainerInstances, r => r.String("nextToken") is null ? """{"containerInstanceArns":[],"nextToken":"tok"}""" : "{}")
           .Respond(Op.ListTasks, r => r.String("nextToken") is null ? """{"taskArns":[],"nextToken":"tok"}""" : "{}");

        // A page token after the filtered call makes the gateway list by status alone (the emulator check), to the next page.
        await Gateway.FindContainerInstanceArnAsync("main", "i-0abc", ContainerInstanceStatus.Draining, None);
        await Gateway.ListTaskArnsAsync("main", new TaskQuery(ContainerInstanceArn: "arn:ci/1", ServiceName: "web"), None);
        await Gateway.ListServiceArnsAsync("main", None);

        Assert.Equal(
            [
                """{"cluster":"main","filter":"ec2InstanceId == i-0abc","status":"DRAINING","maxResults":100}""",
                """{"cluster":"main","status":"DRAINING","maxResults":100}""",
                """{"cluster":"main","status":"DRAINING","nextToken":"tok","maxResults":100}""",
            ],
            aws.BodiesOf(Op.ListContainerInstances));
        Assert.Equal("""{"cluster":"main","containerInstance":"arn:ci/1","serviceName":"web","desiredStatus":"RUNNING","nextToken":"tok","maxResults":100}""", aws.BodiesOf(Op.ListTasks).Last());
        Assert.Equal("""{"cluster":"main","maxResults":100}""", Body(Op.ListServices));
    }

    [Fact]
    public async Task Mutating_requests_match_what_the_former_contracts_wrote()
    {
        await Gateway.UpdateContainerInstancesStateAsync("main", ["arn:ci/1"], ContainerInstanceStatus.Draining, None);
        await Gateway.StopTaskAsync("main", "arn:t/1", "drain <i-1> & \"x\" é+'", None);
        await Gateway.PutAttributesAsync("main", "arn:ci/1", new Dictionary<string, string?> { ["ecs-scaling.drain"] = "2026-01-01T00:00:00Z", ["n"] = null }, None);
        await Gateway.DeleteAttributesAsync("main", "arn:ci/1", ["ecs-scaling.drain"], None);
        await Gateway.TagResourceAsync("arn:c", new Dictionary<string, string> { ["team"] = "sre", ["k"] = string.Empty }, None);

        Assert.Equal("""{"cluster":"main","containerInstances":["arn:ci/1"],"status":"DRAINING"}""", Body(Op.UpdateContainerInstancesState));
        Assert.Equal("""{"cluster":"main","task":"arn:t/1","reason":"drain \u003Ci-1\u003E \u0026 \u0022x\u0022 \u00E9\u002B\u0027"}""", Body(Op.StopTask));
        Assert.Equal("""{"cluster":"main","attributes":[{"name":"ecs-scaling.drain","value":"2026-01-01T00:00:00Z","targetId":"arn:ci/1"},{"name":"n","targetId":"arn:ci/1"}]}""", Body(Op.PutAttributes));
        Assert.Equal("""{"cluster":"main","attributes":[{"name":"ecs-scaling.drain","targetId":"arn:ci/1"}]}""", Body(Op.DeleteAttributes));
        Assert.Equal("""{"resourceArn":"arn:c","tags":[{"key":"team","value":"sre"},{"key":"k","value":""}]}""", Body(Op.TagResource));
    }

    [Fact]
    public async Task A_required_member_left_null_is_omitted_as_before_not_written_as_null()
    {
        await Gateway.StopTaskAsync(null!, "t", "r", None);

        Assert.Equal("""{"task":"t","reason":"r"}""", Body(Op.StopTask));
    }

    private string Body<TResponse>(JsonOperation<TResponse> operation) => Assert.Single(aws.BodiesOf(operation));
}

using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.Ecs.EcsOperations;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>Batch splitting, pagination and request shapes of the ECS gateway, without HTTP.</summary>
public class EcsGatewayTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly RecordingCaller aws = new();

    private EcsGateway Gateway => new(aws);

    private static List<string> Arns(string kind, int count) => [.. Enumerable.Range(0, count).Select(i => $"arn:aws:ecs:eu-west-1:1:{kind}/main/{i:D3}")];

    [Fact]
    public async Task Twenty_five_services_take_three_DescribeServices_calls_with_tags()
    {
        aws.Respond(Op.DescribeServices, r => $$"""{"services":[{{string.Join(",", r.Strings("services")!.Select(Service))}}]}""");

        var services = await Gateway.DescribeServicesAsync("main", Arns("service", 25), None);

        Assert.Equal(25, services.Count);
        Assert.Equal([10, 10, 5], aws.RequestsOf(Op.DescribeServices).Select(r => r.Strings("services")!.Count));
        Assert.All(aws.RequestsOf(Op.DescribeServices), r => Assert.Equal(["TAGS"], r.Strings("include")));
    }

    [Fact]
    public async Task DescribeTasks_and_DescribeContainerInstances_split_at_100()
    {
        await Gateway.DescribeTasksAsync("main", Arns("task", 250), None);
        await Gateway.DescribeContainerInstancesAsync("main", Arns("container-instance", 101), None);

        Assert.Equal([100, 100, 50], aws.RequestsOf(Op.DescribeTasks).Select(r => r.Strings("tasks")!.Count));
        Assert.Equal([100, 1], aws.RequestsOf(Op.DescribeContainerInstances).Select(r => r.Strings("containerInstances")!.Count));
    }

    [Fact]
    public async Task A_nameless_attribute_is_skipped_rather_than_failing_the_whole_answer()
    {
        aws.Respond(Op.DescribeContainerInstances, r => $$"""
            {"containerInstances":[{"containerInstanceArn":"{{r.Strings("containerInstances")![0]}}","ec2InstanceId":"i-1","status":"ACTIVE","agentConnected":true,
              "attributes":[{"value":"orphan"},{"name":"tier","value":"general"}]}]}
            """);

        var instance = Assert.Single(await Gateway.DescribeContainerInstancesAsync("main", Arns("container-instance", 1), None));

        Assert.Equal(new Dictionary<string, string?> { ["tier"] = "general" }, instance.Attributes);
    }

    [Fact]
    public async Task Described_container_instances_carry_the_cluster_ARN_derived_from_their_own_ARN()
    {
        aws.Respond(Op.DescribeContainerInstances, r => Instances(r.Strings("containerInstances")!.Select(a => (a, "i-1"))));

        var instance = Assert.Single(await Gateway.DescribeContainerInstancesAsync("main", Arns("container-instance", 1), None));

        Assert.Equal("arn:aws:ecs:eu-west-1:1:cluster/main", instance.ClusterArn);
    }

    [Fact]
    public async Task UpdateContainerInstancesState_splits_at_10_and_sends_the_wire_status()
    {
        await Gateway.UpdateContainerInstancesStateAsync("main", Arns("container-instance", 23), ContainerInstanceStatus.Draining, None);

        var requests = aws.RequestsOf(Op.UpdateContainerInstancesState).ToList();
        Assert.Equal([10, 10, 3], requests.Select(r => r.Strings("containerInstances")!.Count));
        Assert.All(requests, r => Assert.Equal("DRAINING", r.String("status")));
    }

    /// <summary>"The only valid values for this action are ACTIVE and DRAINING" (ECS API reference): anything else is refused before a call.</summary>
    [Theory]
    [InlineData(ContainerInstanceStatus.Registering)]
    [InlineData(ContainerInstanceStatus.Deregistering)]
    [InlineData(ContainerInstanceStatus.Inactive)]
    [InlineData(ContainerInstanceStatus.RegistrationFailed)]
    public async Task UpdateContainerInstancesState_refuses_a_status_AWS_would_refuse_without_calling(ContainerInstanceStatus status)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Gateway.UpdateContainerInstancesStateAsync("main", Arns("container-instance", 1), status, None));

        Assert.Empty(aws.RequestsOf(Op.UpdateContainerInstancesState));
    }

    /// <summary>botocore's ECS model: ListContainerInstances' status enum has every status but INACTIVE.</summary>
    [Fact]
    public async Task ListContainerInstances_refuses_the_INACTIVE_filter_without_calling()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Gateway.ListContainerInstancesAsync("main", ContainerInstanceStatus.Inactive, None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Gateway.FindContainerInstanceArnAsync("main", "i-1", ContainerInstanceStatus.Inactive, None));

        Assert.Empty(aws.RequestsOf(Op.ListContainerInstances));
    }

    [Fact]
    public async Task ListContainerInstances_sends_the_wire_spelling_of_the_status()
    {
        await Gateway.ListContainerInstancesAsync("main", ContainerInstanceStatus.RegistrationFailed, None);

        Assert.Equal("REGISTRATION_FAILED", Assert.Single(aws.RequestsOf(Op.ListContainerInstances)).String("status"));
    }

    [Fact]
    public async Task A_failure_in_UpdateContainerInstancesState_is_thrown_with_its_reason()
    {
        aws.Respond(Op.UpdateContainerInstancesState, r => $$"""{"containerInstances":[],"failures":[{"arn":"{{r.Strings("containerInstances")![0]}}","reason":"MISSING"}]}""");

        var error = await Assert.ThrowsAsync<AwsCallException>(() => Gateway.UpdateContainerInstancesStateAsync("main", Arns("container-instance", 1), ContainerInstanceStatus.Active, None));

        Assert.Equal(("UpdateContainerInstancesState", "MISSING"), (error.Operation, error.ErrorCode));
    }

    [Fact]
    public async Task ListTasks_follows_nextToken_in_pages_of_100_and_asks_for_STOPPED_when_told()
    {
        aws.Respond(Op.ListTasks, r => r.String("nextToken") is null ? $$"""{"taskArns":{{JsonList(Arns("task", 100))}},"nextToken":"page-2"}""" : """{"taskArns":["arn:last"]}""");

        var arns = await Gateway.ListTaskArnsAsync("main", new TaskQuery(ServiceName: "web", DesiredStatus: TaskDesiredStatus.Stopped), None);

        Assert.Equal(101, arns.Count);
        var requests = aws.RequestsOf(Op.ListTasks).ToList();
        Assert.Equal([null, "page-2"], requests.Select(r => r.String("nextToken")));
        Assert.All(requests, r => Assert.Equal(("web", "STOPPED", 100), (r.String("serviceName"), r.String("desiredStatus"), r.Int32OrNull("maxResults"))));
    }

    [Fact]
    public async Task FindContainerInstance_sends_the_filter_but_trusts_only_the_described_instance_id()
    {
        var arns = Arns("container-instance", 2);
        aws.Respond(Op.ListContainerInstances, _ => ArnList(arns))
           .Respond(Op.DescribeContainerInstances, r => Instances(r.Strings("containerInstances")!.Select((a, i) => (a, $"i-{i}"))));

        var found = await Gateway.FindContainerInstanceAsync("main", "i-1", None);

        Assert.Equal(arns[1], found?.Arn);
        Assert.Equal("ec2InstanceId == i-1", Assert.Single(aws.RequestsOf(Op.ListContainerInstances)).String("filter"));
    }

    [Fact]
    public async Task FindContainerInstanceArn_sends_filter_and_status_and_needs_no_describe()
    {
        var arn = Arns("container-instance", 1)[0];
        aws.Respond(Op.ListContainerInstances, _ => ArnList([arn]));

        var found = await Gateway.FindContainerInstanceArnAsync("main", "i-1", ContainerInstanceStatus.Active, None);

        Assert.Equal(arn, found);
        var request = Assert.Single(aws.RequestsOf(Op.ListContainerInstances));
        Assert.Equal(("main", "ec2InstanceId == i-1", "ACTIVE"), (request.String("cluster"), request.String("filter"), request.String("status")));
        Assert.Empty(aws.RequestsOf(Op.DescribeContainerInstances));
    }

    [Fact]
    public async Task FindContainerInstanceArn_checks_an_answer_that_ignored_the_filter()
    {
        var arns = Arns("container-instance", 3);
        aws.Respond(Op.ListContainerInstances, _ => ArnList(arns))
           .Respond(Op.DescribeContainerInstances, r => Instances(r.Strings("containerInstances")!.Select((a, i) => (a, $"i-{i}"))));

        Assert.Equal(arns[2], await Gateway.FindContainerInstanceArnAsync("main", "i-2", ContainerInstanceStatus.Active, None));
        Assert.Null(await Gateway.FindContainerInstanceArnAsync("main", "i-9", ContainerInstanceStatus.Active, None));
    }

    [Fact]
    public async Task FindContainerInstances_asks_for_up_to_100_ids_per_call_with_the_in_operator_and_keeps_only_the_ids_asked()
    {
        string[] ids = [.. Enumerable.Range(0, 150).Select(i => $"i-{i}")];
        aws.Respond(Op.ListContainerInstances, r => ArnList([r.String("filter")!.Contains("'i-0'", StringComparison.Ordinal) ? "arn:ci/0" : "arn:ci/120", "arn:ci/stray"]))
           .Respond(Op.DescribeContainerInstances, r => Instances(r.Strings("containerInstances")!.Select(a => (a, a == "arn:ci/stray" ? "i-999" : "i-" + a[(a.LastIndexOf('/') + 1)..]))));

        var found = await Gateway.FindContainerInstancesAsync("main", ids, None);

        var filters = aws.RequestsOf(Op.ListContainerInstances).Select(r => r.String("filter")!).ToList();
        Assert.Equal(2, filters.Count);
        Assert.StartsWith("ec2InstanceId in ['i-0','i-1',", filters[0], StringComparison.Ordinal);
        Assert.Equal(100, filters[0].Split(',').Length);
        Assert.Equal(50, filters[1].Split(',').Length);
        Assert.Equal(["i-0", "i-120"], found.Select(i => i.Ec2InstanceId));
    }

    [Fact]
    public async Task FindContainerInstance_of_an_unregistered_instance_is_null_without_a_describe_call()
    {
        Assert.Null(await Gateway.FindContainerInstanceAsync("main", "i-9", None));
        Assert.Empty(aws.RequestsOf(Op.DescribeContainerInstances));
    }

    [Fact]
    public async Task Task_protection_is_asked_in_tens_and_only_enabled_protection_counts()
    {
        aws.Respond(Op.GetTaskProtection, r => $$"""{"protectedTasks":[{{string.Join(",", r.Strings("tasks")!.Select((t, i) => $$"""{"taskArn":"{{t}}","protectionEnabled":{{(i % 2 == 0 ? "true" : "false")}}}"""))}}]}""");

        var protectedArns = await Gateway.GetProtectedTaskArnsAsync("main", Arns("task", 12), None);

        Assert.Equal([10, 2], aws.RequestsOf(Op.GetTaskProtection).Select(r => r.Strings("tasks")!.Count));
        Assert.Equal(6, protectedArns.Count);
    }

    [Fact]
    public async Task Attributes_target_the_container_instance_by_full_ARN()
    {
        await Gateway.PutAttributesAsync("main", "arn:ci", new Dictionary<string, string?> { ["a"] = "1", ["b"] = null }, None);

        var sent = Assert.Single(aws.RequestsOf(Op.PutAttributes)).GetProperty("attributes").GetRawText();
        Assert.Equal("""[{"name":"a","value":"1","targetId":"arn:ci"},{"name":"b","targetId":"arn:ci"}]""", sent);
    }

    [Fact]
    public async Task Maps_task_endpoints_times_and_reservations()
    {
        aws.Respond(Op.DescribeTasks, _ => """
            {"tasks":[{"taskArn":"arn:t","clusterArn":"arn:c","containerInstanceArn":"arn:ci","taskDefinitionArn":"arn:td","group":"service:web","lastStatus":"RUNNING",
              "desiredStatus":"RUNNING","startedBy":"ecs-svc/1","launchType":"EC2","cpu":"256","memory":"512","createdAt":1700000000.5,"availabilityZone":"eu-west-1a",
              "containers":[{"name":"web","networkBindings":[{"bindIP":"0.0.0.0","containerPort":80,"hostPort":32768}],"networkInterfaces":[{"privateIpv4Address":"10.0.0.5"}]}]}]}
            """);

        var task = Assert.Single(await Gateway.DescribeTasksAsync("main", ["arn:t"], None));

        Assert.Equal("web", task.ServiceName);
        Assert.Equal(new Resources(256, 512), task.Reserved);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000500), task.CreatedAt);
        Assert.Equal([new TaskEndpoint(null, 32768, 80, "web"), new TaskEndpoint("10.0.0.5", null, null, "web")], task.Endpoints);
    }

    private static string Service(string arn) =>
        $$"""{"serviceArn":"{{arn}}","serviceName":"{{arn[(arn.LastIndexOf('/') + 1)..]}}","clusterArn":"arn:c","schedulingStrategy":"REPLICA","desiredCount":1,"runningCount":1,"pendingCount":0,"taskDefinition":"arn:td","tags":[{"key":"k","value":"v"}]}""";

    private static string ArnList(IEnumerable<string> arns) => $$"""{"containerInstanceArns":{{JsonList(arns)}}}""";

    private static string Instances(IEnumerable<(string Arn, string Ec2InstanceId)> instances) =>
        $$"""{"containerInstances":[{{string.Join(",", instances.Select(i => $$"""{"containerInstanceArn":"{{i.Arn}}","ec2InstanceId":"{{i.Ec2InstanceId}}","status":"ACTIVE","agentConnected":true}"""))}}]}""";

    private static string JsonList(IEnumerable<string> values) => $"[{string.Join(",", values.Select(v => $"\"{v}\""))}]";
}

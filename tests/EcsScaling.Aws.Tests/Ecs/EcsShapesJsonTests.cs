using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using Op = EcsScaling.Aws.Ecs.EcsOperations;
using static EcsScaling.Aws.Tests.Ecs.EcsMessagesJsonTests;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>Full describe answers in the format of the ECS API reference, members we do not read included.</summary>
public class EcsShapesJsonTests
{
    private const string Account = "arn:aws:ecs:us-east-1:012345678910";

    [Fact]
    public void DescribeTasks_reads_a_documented_answer()
    {
        var response = Read(Op.DescribeTasks, $$"""
            {"failures":[{"arn":"{{Account}}:task/default/gone","reason":"MISSING"}],"tasks":[{
              "attachments":[{"id":"a1","type":"ElasticNetworkInterface","status":"ATTACHED","details":[{"name":"privateIPv4Address","value":"10.0.1.5"}]}],
              "availabilityZone":"us-east-1b","clusterArn":"{{Account}}:cluster/default",
              "containerInstanceArn":"{{Account}}:container-instance/default/ci1",
              "containers":[
                {"containerArn":"{{Account}}:container/c1","lastStatus":"RUNNING","name":"ecs-demo","exitCode":null,
                 "networkBindings":[{"bindIP":"0.0.0.0","containerPort":80,"hostPort":32768,"protocol":"tcp"}],"networkInterfaces":[]},
                {"name":"sidecar","networkInterfaces":[{"attachmentId":"a1","privateIpv4Address":"10.0.1.5"}]}],
              "cpu":"256","createdAt":1587396000.123,"desiredStatus":"RUNNING","group":"service:web","lastStatus":"RUNNING",
              "launchType":"EC2","memory":"512","overrides":{"containerOverrides":[{"name":"ecs-demo"}]},
              "startedAt":1587396010.5,"startedBy":"ecs-svc/9223370608528463088","stopCode":null,
              "tags":[{"key":"team","value":"sre"}],"taskArn":"{{Account}}:task/default/t1",
              "taskDefinitionArn":"{{Account}}:task-definition/amazon-ecs-sample:1","version":3}]}
            """);

        var task = Assert.Single(response.Tasks!);
        Assert.Equal(new EcsFailure($"{Account}:task/default/gone", "MISSING", null), Assert.Single(response.Failures!));
        Assert.Equal(($"{Account}:task/default/t1", $"{Account}:cluster/default", $"{Account}:container-instance/default/ci1", $"{Account}:task-definition/amazon-ecs-sample:1"), (task.TaskArn, task.ClusterArn, task.ContainerInstanceArn, task.TaskDefinitionArn));
        Assert.Equal(("service:web", "RUNNING", "RUNNING", "ecs-svc/9223370608528463088", "EC2"), (task.Group, task.LastStatus, task.DesiredStatus, task.StartedBy, task.LaunchType));
        Assert.Equal(("256", "512", "us-east-1b"), (task.Cpu, task.Memory, task.AvailabilityZone));
        Assert.Equal((1587396000.123, 1587396010.5, null), (task.CreatedAt, task.StartedAt, task.StoppedAt));
        Assert.Null(task.StopCode);
        var (demo, sidecar) = (task.Containers![0], task.Containers[1]);
        Assert.Equal(new EcsNetworkBinding("0.0.0.0", 80, 32768), Assert.Single(demo.NetworkBindings!));
        Assert.Empty(demo.NetworkInterfaces!);
        Assert.Null(sidecar.NetworkBindings);
        Assert.Equal(("sidecar", "10.0.1.5"), (sidecar.Name, Assert.Single(sidecar.NetworkInterfaces!).PrivateIpv4Address));
    }

    [Fact]
    public void DescribeServices_reads_a_documented_answer()
    {
        var response = Read(Op.DescribeServices, $$"""
            {"failures":[],"services":[{
              "clusterArn":"{{Account}}:cluster/default","createdAt":1466190000.0,
              "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":false,"rollback":false},"maximumPercent":200,"minimumHealthyPercent":50},
              "deployments":[{"id":"ecs-svc/1","status":"PRIMARY","desiredCount":2,"runningCount":2},{"id":"ecs-svc/0","status":"ACTIVE"}],
              "desiredCount":2,"events":[{"id":"e1","message":"(service web) has reached a steady state.","createdAt":1466190100.0}],
              "launchType":"EC2","loadBalancers":[{"targetGroupArn":"arn:aws:elasticloadbalancing:us-east-1:012345678910:targetgroup/web/1","containerName":"web","containerPort":80}],
              "pendingCount":0,"placementConstraints":[{"type":"memberOf","expression":"attribute:ecs.instance-type =~ t3.*"}],
              "placementStrategy":[{"type":"spread","field":"attribute:ecs.availability-zone"},{"type":"binpack","field":"memory"}],
              "runningCount":2,"schedulingStrategy":"REPLICA","serviceArn":"{{Account}}:service/default/web","serviceName":"web",
              "status":"ACTIVE","tags":[{"key":"ecs-scaling","value":"on"}],"taskDefinition":"{{Account}}:task-definition/web:7"}]}
            """);

        var service = Assert.Single(response.Services!);
        Assert.Empty(response.Failures!);
        Assert.Equal(($"{Account}:service/default/web", "web", $"{Account}:cluster/default", "REPLICA"), (service.ServiceArn, service.ServiceName, service.ClusterArn, service.SchedulingStrategy));
        Assert.Equal((2, 2, 0), (service.DesiredCount, service.RunningCount, service.PendingCount));
        Assert.Equal(new EcsDeploymentConfiguration(50, 200), service.DeploymentConfiguration);
        Assert.Equal($"{Account}:task-definition/web:7", service.TaskDefinition);
        Assert.Equal([new EcsPlacementStrategy("spread", "attribute:ecs.availability-zone"), new EcsPlacementStrategy("binpack", "memory")], service.PlacementStrategy);
        Assert.Equal(new EcsPlacementConstraint("memberOf", "attribute:ecs.instance-type =~ t3.*"), Assert.Single(service.PlacementConstraints!));
        Assert.Equal(new EcsLoadBalancer("arn:aws:elasticloadbalancing:us-east-1:012345678910:targetgroup/web/1", "web", 80), Assert.Single(service.LoadBalancers!));
        Assert.Equal([new EcsDeployment("ecs-svc/1", "PRIMARY"), new EcsDeployment("ecs-svc/0", "ACTIVE")], service.Deployments);
        Assert.Equal(new EcsTag("ecs-scaling", "on"), Assert.Single(service.Tags!));
    }

    [Fact]
    public void DescribeContainerInstances_reads_a_documented_answer()
    {
        var response = Read(Op.DescribeContainerInstances, $$"""
            {"failures":[],"containerInstances":[{
              "agentConnected":true,"attributes":[{"name":"ecs.os-type","value":"linux"},{"name":"ecs-scaling.drain"}],
              "containerInstanceArn":"{{Account}}:container-instance/default/ci1","ec2InstanceId":"i-0123456789abcdef0",
              "pendingTasksCount":1,"registeredAt":1587395000.5,
              "registeredResources":[
                {"doubleValue":0.0,"integerValue":2048,"longValue":0,"name":"CPU","type":"INTEGER"},
                {"doubleValue":0.0,"integerValue":3768,"longValue":0,"name":"MEMORY","type":"INTEGER"},
                {"doubleValue":0.0,"integerValue":0,"longValue":0,"name":"PORTS","stringSetValue":["22","2376","2375","51678","51679"],"type":"STRINGSET"}],
              "remainingResources":[{"integerValue":1792,"name":"CPU","type":"INTEGER"},{"integerValue":3256,"name":"MEMORY","type":"INTEGER"}],
              "runningTasksCount":2,"status":"ACTIVE","version":12,
              "versionInfo":{"agentHash":"4023248","agentVersion":"1.0.0","dockerVersion":"DockerVersion: 1.5.0"} }]}
            """);

        var instance = Assert.Single(response.ContainerInstances!);
        Assert.Equal(($"{Account}:container-instance/default/ci1", "i-0123456789abcdef0", "ACTIVE", true), (instance.ContainerInstanceArn, instance.Ec2InstanceId, instance.Status, instance.AgentConnected));
        Assert.Equal((2, 1, 1587395000.5), (instance.RunningTasksCount, instance.PendingTasksCount, instance.RegisteredAt));
        Assert.Equal(new EcsResource("CPU", "INTEGER", 2048, 0, 0), instance.RegisteredResources![0]);
        Assert.Equal(3, instance.RegisteredResources.Count);
        Assert.Equal(new EcsResource("MEMORY", "INTEGER", 3256, null, null), instance.RemainingResources![1]);
        Assert.Equal([new EcsAttribute("ecs.os-type", "linux"), new EcsAttribute("ecs-scaling.drain")], instance.Attributes);
    }

    [Fact]
    public void Missing_counts_and_flags_read_as_zero_and_false_as_the_contracts_gave()
    {
        var cluster = Assert.Single(Read(Op.DescribeClusters, """{"clusters":[{"clusterArn":"a"}]}""").Clusters!);
        var instance = Assert.Single(Read(Op.DescribeContainerInstances, """{"containerInstances":[{}]}""").ContainerInstances!);
        var task = Assert.Single(Read(Op.GetTaskProtection, """{"protectedTasks":[{"taskArn":"t"}]}""").ProtectedTasks!);

        Assert.Equal(new EcsCluster("a", null, null, 0, 0, 0, null), cluster);
        Assert.Equal((false, 0, 0, null, null), (instance.AgentConnected, instance.RunningTasksCount, instance.PendingTasksCount, instance.RegisteredResources, instance.RegisteredAt));
        Assert.Equal(new EcsProtectedTask("t", false), task);
    }

    [Theory]
    [InlineData("""{"clusters":[{"runningTasksCount":null}]}""", "$.clusters[0].runningTasksCount")]
    [InlineData("""{"clusters":[{"runningTasksCount":"3"}]}""", "$.clusters[0].runningTasksCount")]
    [InlineData("""{"clusters":[{"runningTasksCount":3.5}]}""", "$.clusters[0].runningTasksCount")]
    [InlineData("""{"clusters":[{"clusterArn":3}]}""", "$.clusters[0].clusterArn")]
    [InlineData("""{"clusters":{}}""", "$.clusters")]
    [InlineData("""{"clusters":[null]}""", "$.clusters[0]")]
    [InlineData("""{"clusters":[{"tags":[{"key":1}]}]}""", "$.clusters[0].tags[0].key")]
    public void Members_of_the_wrong_kind_are_malformed_at_the_path_the_contracts_named(string body, string path)
    {
        Assert.Equal(path, Assert.Throws<JsonMemberException>(() => Read(Op.DescribeClusters, body)).Path);
    }
}

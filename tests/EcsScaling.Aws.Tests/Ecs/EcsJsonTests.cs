using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.Ecs.EcsOperations;
using static EcsScaling.Aws.Tests.Ecs.EcsOperationsTests;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>Full describe answers in the format of the ECS API reference, members we do not read included, read into Core records.</summary>
public class EcsJsonTests
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

        // The failure (a task not found) is not an error for a describe: the answer holds what was found.
        var task = Assert.Single(response);
        Assert.Equal(($"{Account}:task/default/t1", $"{Account}:cluster/default", $"{Account}:container-instance/default/ci1", $"{Account}:task-definition/amazon-ecs-sample:1"), (task.Arn, task.ClusterArn, task.ContainerInstanceArn, task.TaskDefinitionArn));
        Assert.Equal(("service:web", "RUNNING", "RUNNING", "ecs-svc/9223370608528463088", "EC2"), (task.Group, task.LastStatus, task.DesiredStatus, task.StartedBy, task.LaunchType));
        Assert.Equal((new Resources(256, 512), "us-east-1b"), (task.Reserved, task.AvailabilityZone));
        Assert.Equal((DateTimeOffset.FromUnixTimeMilliseconds(1587396000123), DateTimeOffset.FromUnixTimeMilliseconds(1587396010500), null), (task.CreatedAt, task.StartedAt, task.StoppedAt));
        Assert.Null(task.StopCode);

        // ecs-demo: one host-port binding and no ENI; sidecar: no binding, one ENI address.
        Assert.Equal([new TaskEndpoint(null, 32768, 80, "ecs-demo"), new TaskEndpoint("10.0.1.5", null, null, "sidecar")], task.Endpoints);
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

        var service = Assert.Single(response);
        Assert.Equal(($"{Account}:service/default/web", "web", $"{Account}:cluster/default", "REPLICA"), (service.Arn, service.Name, service.ClusterArn, service.SchedulingStrategy));
        Assert.Equal((2, 2, 0), (service.DesiredCount, service.RunningCount, service.PendingCount));
        Assert.Equal((50, 200), (service.MinimumHealthyPercent, service.MaximumPercent));
        Assert.Equal($"{Account}:task-definition/web:7", service.TaskDefinitionArn);
        Assert.Equal([new PlacementStrategy("spread", "attribute:ecs.availability-zone"), new PlacementStrategy("binpack", "memory")], service.PlacementStrategies);
        Assert.Equal(new PlacementConstraint("memberOf", "attribute:ecs.instance-type =~ t3.*"), Assert.Single(service.PlacementConstraints));
        Assert.Equal(new ServiceLoadBalancer("arn:aws:elasticloadbalancing:us-east-1:012345678910:targetgroup/web/1", "web", 80), Assert.Single(service.LoadBalancers));
        Assert.Equal(2, service.ActiveDeployments);
        Assert.Equal(new Dictionary<string, string> { ["ecs-scaling"] = "on" }, service.Tags);
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

        var instance = Assert.Single(response);
        Assert.Equal(($"{Account}:container-instance/default/ci1", "i-0123456789abcdef0", ContainerInstanceStatus.Active, true), (instance.Arn, instance.Ec2InstanceId, instance.Status, instance.AgentConnected));
        Assert.Equal((2, 1, DateTimeOffset.FromUnixTimeMilliseconds(1587395000500)), (instance.RunningTasksCount, instance.PendingTasksCount, instance.RegisteredAt));
        Assert.Equal(new Resources(2048, 3768), instance.Registered);
        Assert.Equal(new Resources(1792, 3256), instance.Remaining);
        Assert.Equal(new Dictionary<string, string?> { ["ecs.os-type"] = "linux", ["ecs-scaling.drain"] = null }, instance.Attributes);
    }

    [Fact]
    public void DescribeCapacityProviders_reads_the_group_and_the_managed_features_of_a_documented_answer()
    {
        var providers = Read(Op.DescribeCapacityProviders, $$"""
            {"capacityProviders":[
              {"capacityProviderArn":"{{Account}}:capacity-provider/prod-cp","name":"prod-cp","status":"ACTIVE",
               "autoScalingGroupProvider":{"autoScalingGroupArn":"arn:aws:autoscaling:us-east-1:012345678910:autoScalingGroup:424941d1-b43f-4a17-adbb-08b6a6e397e1:autoScalingGroupName/prod-asg",
                 "managedScaling":{"status":"ENABLED","targetCapacity":100,"minimumScalingStepSize":1,"maximumScalingStepSize":10000,"instanceWarmupPeriod":300},
                 "managedTerminationProtection":"ENABLED","managedDraining":"DISABLED"},
               "updateStatus":"UPDATE_COMPLETE","tags":[]},
              {"capacityProviderArn":"{{Account}}:capacity-provider/FARGATE","name":"FARGATE","status":"ACTIVE","tags":[]}],
             "failures":[]}
            """);

        Assert.Equal(
            [new CapacityProvider("prod-cp", "ACTIVE", "prod-asg", true, true, false), new CapacityProvider("FARGATE", "ACTIVE", null, false, false, false)],
            providers);
    }

    [Fact]
    public void A_cluster_names_its_capacity_providers()
    {
        var cluster = Assert.Single(Read(Op.DescribeClusters, """{"clusters":[{"clusterArn":"a","capacityProviders":["prod-cp","FARGATE"]}]}"""));

        Assert.Equal(["prod-cp", "FARGATE"], cluster.CapacityProviders);
    }

    [Fact]
    public void Missing_counts_and_flags_read_as_zero_and_false_as_the_contracts_gave()
    {
        var cluster = Assert.Single(Read(Op.DescribeClusters, """{"clusters":[{"clusterArn":"a"}]}"""));
        var instance = Assert.Single(Read(Op.DescribeContainerInstances, """{"containerInstances":[{"status":"ACTIVE"}]}"""));
        var protectedArns = Read(Op.GetTaskProtection, """{"protectedTasks":[{"taskArn":"t"}]}""");

        Assert.Equal(("a", string.Empty, string.Empty, 0, 0, 0), (cluster.Arn, cluster.Name, cluster.Status, cluster.RegisteredContainerInstances, cluster.RunningTasks, cluster.PendingTasks));
        Assert.Empty(cluster.Tags);
        Assert.Equal((false, 0, 0, Resources.Zero, null), (instance.AgentConnected, instance.RunningTasksCount, instance.PendingTasksCount, instance.Registered, instance.RegisteredAt));
        Assert.Empty(protectedArns);
    }

    [Fact]
    public void A_container_instance_status_ECS_does_not_define_is_malformed_and_the_cluster_is_left_to_the_gateway()
    {
        var instance = Assert.Single(Read(Op.DescribeContainerInstances, """{"containerInstances":[{"containerInstanceArn":"arn:ci","status":"DRAINING"}]}"""));

        Assert.Equal((ContainerInstanceStatus.Draining, string.Empty), (instance.Status, instance.ClusterArn));
        Assert.Throws<FormatException>(() => Read(Op.DescribeContainerInstances, """{"containerInstances":[{"status":"LOST"}]}"""));
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

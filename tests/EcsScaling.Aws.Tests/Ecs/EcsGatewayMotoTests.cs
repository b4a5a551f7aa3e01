using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>Round trips of every ECS operation moto implements, through the gateway.</summary>
[Collection(MotoCollection.Name)]
public class EcsGatewayMotoTests(MotoServer moto)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task Describes_clusters_by_name_with_their_ARN_and_tags()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var ecs = aws.Gateways.Ecs;

        var clusters = await ecs.DescribeClustersAsync(["main"], None);

        var cluster = Assert.Single(clusters);
        Assert.Equal(aws.World.ClusterArn, cluster.Arn);
        Assert.Equal("main", cluster.Name);
        Assert.Equal("ACTIVE", cluster.Status);
        Assert.Equal(3, cluster.RegisteredContainerInstances);
        Assert.Equal("sre", cluster.Tags["owner"]);
    }

    [SkippableFact]
    public async Task Describes_the_capacity_providers_a_cluster_names_with_their_group_and_managed_features()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var ecs = aws.Gateways.Ecs;

        var names = Assert.Single(await ecs.DescribeClustersAsync(["main"], None)).CapacityProviders;
        var providers = await ecs.DescribeCapacityProvidersAsync(names, None);

        Assert.Equal(["main-cp"], names);
        Assert.Equal([new CapacityProvider("main-cp", "ACTIVE", "cp-asg", true, true, true)], providers);
    }

    [SkippableFact]
    public async Task Lists_and_describes_container_instances_with_resources_and_attributes()
    {
        using var aws = MotoContext.Seeded(moto, "read");

        var instances = await aws.Gateways.Ecs.ListContainerInstancesAsync(MotoWorld.Cluster, ContainerInstanceStatus.Active, None);

        Assert.Equal(aws.World.InstanceIds, instances.Select(i => i.Ec2InstanceId).Order());
        var first = instances.Single(i => i.Ec2InstanceId == aws.World.InstanceIds[0]);
        Assert.Equal(aws.World.ContainerInstances[first.Ec2InstanceId], first.Arn);
        Assert.Equal(aws.World.ClusterArn, first.ClusterArn);
        Assert.Equal(ContainerInstanceStatus.Active, first.Status);
        Assert.True(first.Registered.Cpu > 0 && first.Registered.MemoryMiB > 0);
        Assert.Equal(new Resources(3 * 256, 3 * 512), first.Reserved);
        Assert.Equal(3, first.RunningTasksCount);
        Assert.Equal($"{aws.Region}a", first.AvailabilityZone);
    }

    [SkippableFact]
    public async Task Finds_a_container_instance_by_EC2_instance_id_even_though_moto_ignores_the_filter()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var wanted = aws.World.InstanceIds[1];

        var found = await aws.Gateways.Ecs.FindContainerInstanceAsync(MotoWorld.Cluster, wanted, None);
        var missing = await aws.Gateways.Ecs.FindContainerInstanceAsync(MotoWorld.Cluster, "i-00000000000000000", None);

        Assert.Equal(aws.World.ContainerInstances[wanted], found?.Arn);
        Assert.Null(missing);
    }

    [SkippableFact]
    public async Task Finds_an_active_container_instance_arn_by_EC2_instance_id_even_though_moto_ignores_filter_and_status()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var wanted = aws.World.InstanceIds[1];

        var found = await aws.Gateways.Ecs.FindContainerInstanceArnAsync(MotoWorld.Cluster, wanted, ContainerInstanceStatus.Active, None);
        var draining = await aws.Gateways.Ecs.FindContainerInstanceArnAsync(MotoWorld.Cluster, wanted, ContainerInstanceStatus.Draining, None);

        Assert.Equal(aws.World.ContainerInstances[wanted], found);
        Assert.Null(draining);
    }

    [SkippableFact]
    public async Task Lists_and_describes_tasks_by_container_instance()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var ecs = aws.Gateways.Ecs;
        var host = aws.World.ContainerInstances[aws.World.InstanceIds[0]];

        var arns = await ecs.ListTaskArnsAsync(MotoWorld.Cluster, new TaskQuery(ContainerInstanceArn: host), None);
        var tasks = await ecs.DescribeTasksAsync(MotoWorld.Cluster, arns, None);

        Assert.Equal(aws.World.TaskArns.Order(), arns.Order());
        Assert.All(tasks, t =>
        {
            Assert.Equal(host, t.ContainerInstanceArn);
            Assert.Equal(aws.World.TaskDefinitionArn, t.TaskDefinitionArn);
            Assert.Equal("seed", t.StartedBy);
            Assert.Equal(EcsTaskStatus.Running, t.DesiredStatus);
            Assert.Null(t.ServiceName);
        });
    }

    [SkippableFact]
    public async Task Lists_and_describes_services_with_tags_across_DescribeServices_batches()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var ecs = aws.Gateways.Ecs;

        var arns = await ecs.ListServiceArnsAsync(MotoWorld.Cluster, None);
        var services = await ecs.DescribeServicesAsync(MotoWorld.Cluster, arns, None);

        Assert.Equal(12, services.Count);
        var svc = services.Single(s => s.Name == "svc-03");
        Assert.Equal(aws.World.ClusterArn, svc.ClusterArn);
        Assert.Equal(1, svc.DesiredCount);
        Assert.Equal(aws.World.TaskDefinitionArn, svc.TaskDefinitionArn);
        Assert.Equal(SchedulingStrategy.Replica, svc.SchedulingStrategy);
        Assert.Equal("3", svc.Tags["index"]);
    }

    [SkippableFact]
    public async Task An_ECS_ClientException_surfaces_as_AwsCallException_with_its_code()
    {
        using var aws = MotoContext.Seeded(moto, "read");

        // An empty list is refused with a ClientException; the gateway never sends one, so this calls the operation directly.
        var error = await Assert.ThrowsAsync<AwsCallException>(() => aws.Caller.CallAsync(EcsOperations.DescribeContainerInstances, w => w.String("cluster", "main").Strings("containerInstances", []), None));

        Assert.Equal(("ECS", "DescribeContainerInstances", "ClientException", 400), (error.Service, error.Operation, error.ErrorCode, error.StatusCode));
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [SkippableFact]
    public async Task Drains_an_instance_and_stops_a_task()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var ecs = aws.Gateways.Ecs;
        var host = aws.World.ContainerInstances[aws.World.InstanceIds[0]];

        await ecs.UpdateContainerInstancesStateAsync(MotoWorld.Cluster, [host], ContainerInstanceStatus.Draining, None);
        await ecs.StopTaskAsync(MotoWorld.Cluster, aws.World.TaskArns[0], "drained by test", None);

        var draining = await ecs.ListContainerInstancesAsync(MotoWorld.Cluster, ContainerInstanceStatus.Draining, None);
        Assert.Equal(host, Assert.Single(draining).Arn);
        var stopped = Assert.Single(await ecs.DescribeTasksAsync(MotoWorld.Cluster, [aws.World.TaskArns[0]], None));
        Assert.Equal(EcsTaskStatus.Stopped, stopped.DesiredStatus);
        Assert.Equal("drained by test", stopped.StoppedReason);
        Assert.Contains(aws.World.TaskArns[0], await ecs.ListTaskArnsAsync(MotoWorld.Cluster, new TaskQuery(DesiredStatus: TaskDesiredStatus.Stopped), None));
    }

    [SkippableFact]
    public async Task Puts_and_deletes_container_instance_attributes()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var ecs = aws.Gateways.Ecs;
        var host = aws.World.ContainerInstances[aws.World.InstanceIds[2]];

        await ecs.PutAttributesAsync(MotoWorld.Cluster, host, new Dictionary<string, string?> { ["ecs-scaling.drain"] = "started", ["ecs-scaling.flag"] = null }, None);
        var described = Assert.Single(await ecs.DescribeContainerInstancesAsync(MotoWorld.Cluster, [host], None));
        await ecs.DeleteAttributesAsync(MotoWorld.Cluster, host, ["ecs-scaling.flag", "ecs-scaling.drain"], None);
        var afterDelete = Assert.Single(await ecs.DescribeContainerInstancesAsync(MotoWorld.Cluster, [host], None));

        Assert.Equal("started", described.Attributes["ecs-scaling.drain"]);
        Assert.True(described.Attributes.ContainsKey("ecs-scaling.flag"));
        // moto's DeleteAttributes compares the value with the absent attributeValue, as its ListAttributes
        // does: only the name-only attribute is removed there, so only that one is checked.
        Assert.False(afterDelete.Attributes.ContainsKey("ecs-scaling.flag"));
    }

    [SkippableFact]
    public async Task Tags_the_cluster()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var ecs = aws.Gateways.Ecs;

        await ecs.TagResourceAsync(aws.World.ClusterArn, new Dictionary<string, string> { ["ecs-scaling:profile"] = "night" }, None);

        var tags = await ecs.ListTagsAsync(aws.World.ClusterArn, None);
        Assert.Equal("night", tags["ecs-scaling:profile"]);
        Assert.Equal("sre", tags["owner"]);
    }

    [SkippableFact]
    public async Task Draining_an_unknown_instance_is_reported_not_swallowed()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");

        var error = await Assert.ThrowsAsync<AwsCallException>(() => aws.Gateways.Ecs.UpdateContainerInstancesStateAsync(
            MotoWorld.Cluster, ["arn:aws:ecs:us-east-1:123456789012:container-instance/main/00000000-0000-0000-0000-000000000000"], ContainerInstanceStatus.Draining, None));

        Assert.Equal("UpdateContainerInstancesState", error.Operation);
    }
}

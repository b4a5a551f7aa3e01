using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Tests.Gateways;

public class SimEcsGatewayTests
{
    [Fact]
    public void Batches_and_pages_are_counted_as_separate_calls_at_AWS_sizes()
    {
        var sim = TestSim.Create();
        var (cluster, _) = TestSim.Cluster(sim, perZone: 50, cpu: 4096, memory: 8192);
        TestSim.Service(sim, cluster, "web", desired: 250, cpu: 64, memory: 64);
        TestSim.Settle(sim);
        var ecs = sim.Gateways.Ecs;

        var arns = sim.Run(() => ecs.ListTaskArnsAsync(cluster.Name, new TaskQuery(), CancellationToken.None));
        var tasks = sim.Run(() => ecs.DescribeTasksAsync(cluster.Name, arns, CancellationToken.None));
        var instances = sim.Run(() => ecs.ListContainerInstancesAsync(cluster.Name, null, CancellationToken.None));

        Assert.Equal(250, tasks.Count);
        Assert.Equal(150, instances.Count);
        Assert.Equal(3, sim.Api.Calls["ecs:ListTasks"]);
        Assert.Equal(3, sim.Api.Calls["ecs:DescribeTasks"]);
        Assert.Equal(2, sim.Api.Calls["ecs:DescribeContainerInstances"]);
    }

    [Fact]
    public void ListTasks_omits_tasks_whose_desired_status_is_STOPPED_unless_asked()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var service = TestSim.Service(sim, cluster, "web", desired: 3);
        TestSim.Settle(sim);
        var stopping = service.Tasks.First();
        sim.Ecs.StopTask(stopping, "test");

        var running = sim.Run(() => sim.Gateways.Ecs.ListTaskArnsAsync(cluster.Arn, new TaskQuery(ServiceName: "web"), CancellationToken.None));
        var stopped = sim.Run(() => sim.Gateways.Ecs.ListTaskArnsAsync(cluster.Arn, new TaskQuery(ContainerInstanceArn: stopping.Instance.Arn, DesiredStatus: TaskDesiredStatus.Stopped), CancellationToken.None));

        Assert.DoesNotContain(stopping.Arn, running);
        Assert.Equal([stopping.Arn], stopped);
        Assert.NotEmpty(instances);
    }

    [Fact]
    public void Draining_through_the_gateway_changes_the_instance_and_unknown_clusters_fail_clearly()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var found = sim.Run(() => sim.Gateways.Ecs.FindContainerInstanceAsync("prod", instances[1].Ec2InstanceId, CancellationToken.None));

        sim.Run(() => sim.Gateways.Ecs.UpdateContainerInstancesStateAsync(cluster.Arn, [found!.Arn], ContainerInstanceStatus.Draining, CancellationToken.None));

        Assert.Equal(ContainerInstanceStatus.Draining, instances[1].Status);
        var error = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Gateways.Ecs.ListServiceArnsAsync("nope", CancellationToken.None)));
        Assert.Equal("ClusterNotFoundException", error.ErrorCode);
    }

    /// <summary>As ECS answers: UpdateContainerInstancesState sets only ACTIVE or DRAINING, and ListContainerInstances cannot filter by INACTIVE.</summary>
    [Fact]
    public void A_status_AWS_refuses_is_refused_as_an_invalid_parameter()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);

        var set = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Gateways.Ecs.UpdateContainerInstancesStateAsync(cluster.Arn, [instances[0].Arn], ContainerInstanceStatus.Inactive, CancellationToken.None)));
        var listed = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Gateways.Ecs.ListContainerInstancesAsync(cluster.Arn, ContainerInstanceStatus.Inactive, CancellationToken.None)));
        var found = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Gateways.Ecs.FindContainerInstanceArnAsync(cluster.Arn, instances[0].Ec2InstanceId, ContainerInstanceStatus.Inactive, CancellationToken.None)));

        Assert.Equal(["InvalidParameterException", "InvalidParameterException", "InvalidParameterException"], new[] { set, listed, found }.Select(e => e.ErrorCode));
        Assert.Equal(ContainerInstanceStatus.Active, instances[0].Status);
    }

    /// <summary>ListContainerInstances applies the ec2InstanceId filter and the status together, in one call (ECS API reference, ListContainerInstances).</summary>
    [Fact]
    public void An_arn_is_found_by_EC2_instance_id_and_status_in_one_listing()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var target = instances[1];
        var before = sim.Api.Calls.Attempts.GetValueOrDefault("ecs:ListContainerInstances");

        var active = sim.Run(() => sim.Gateways.Ecs.FindContainerInstanceArnAsync("prod", target.Ec2InstanceId, ContainerInstanceStatus.Active, CancellationToken.None));
        sim.Run(() => sim.Gateways.Ecs.UpdateContainerInstancesStateAsync(cluster.Arn, [active!], ContainerInstanceStatus.Draining, CancellationToken.None));
        var stillActive = sim.Run(() => sim.Gateways.Ecs.FindContainerInstanceArnAsync("prod", target.Ec2InstanceId, ContainerInstanceStatus.Active, CancellationToken.None));
        var draining = sim.Run(() => sim.Gateways.Ecs.FindContainerInstanceArnAsync("prod", target.Ec2InstanceId, ContainerInstanceStatus.Draining, CancellationToken.None));

        Assert.Equal(target.Arn, active);
        Assert.Null(stillActive);
        Assert.Equal(target.Arn, draining);
        Assert.Equal(3, sim.Api.Calls.Attempts["ecs:ListContainerInstances"] - before);
        Assert.Equal(0, sim.Api.Calls.Attempts.GetValueOrDefault("ecs:DescribeContainerInstances"));
    }

    [Fact]
    public void Attributes_and_tags_round_trip()
    {
        var sim = TestSim.Create();
        var (cluster, instances) = TestSim.Cluster(sim, perZone: 1);
        var ecs = sim.Gateways.Ecs;

        sim.Run(() => ecs.PutAttributesAsync("prod", instances[0].Arn, new Dictionary<string, string?> { ["ecs-scaling.drain"] = "started" }, CancellationToken.None));
        sim.Run(() => ecs.TagResourceAsync(cluster.Arn, new Dictionary<string, string> { ["profile"] = "night" }, CancellationToken.None));

        var attributes = Assert.Single(sim.Run(() => ecs.DescribeContainerInstancesAsync("prod", [instances[0].Arn], CancellationToken.None))).Attributes;
        var tags = sim.Run(() => ecs.ListTagsAsync(cluster.Arn, CancellationToken.None));
        Assert.Equal("started", attributes["ecs-scaling.drain"]);
        Assert.Equal("night", tags["profile"]);
    }
}

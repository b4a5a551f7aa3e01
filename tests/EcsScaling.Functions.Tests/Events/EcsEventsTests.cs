using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class EcsEventsTests
{
    private const string Cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/prod";

    [Theory]
    [InlineData("ecs-container-instance-state-change.json", EventTransport.EventBridge)]
    [InlineData("ecs-container-instance-state-change.sns.json", EventTransport.Sns)]
    public void Container_instance_state_changes_parse_in_both_forms(string file, EventTransport transport)
    {
        var change = Parse.Sample<ContainerInstanceStateChanged>(file);

        Assert.Equal(Cluster, change.ClusterArn);
        Assert.Equal("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/8f0f1b8c1e0a4f7e9c3c6d2b5a4e3f21", change.ContainerInstanceArn);
        Assert.Equal(("i-0a1b2c3d4e5f60718", ContainerInstanceStatus.Draining, true, 1), (change.Ec2InstanceId, change.Status, change.AgentConnected, change.RunningTasksCount));
        Assert.Equal((new Resources(2048, 7680), new Resources(1536, 6656)), (change.RegisteredResources, change.RemainingResources));
        Assert.Equal(transport, change.Origin.Transport);
        Assert.Equal("us-east-1a", change.Attributes!["ecs.availability-zone"]);
        Assert.True(change.Attributes.ContainsKey("ecs.capability.task-eni"));
        Assert.Null(change.Attributes["ecs.capability.task-eni"]);
        Assert.Equal("ecs-ec2-capacity", change.Attributes["ecs-scaling.drain-group"]);
    }

    [Fact]
    public void Attributes_are_optional_and_nameless_entries_are_skipped()
    {
        var without = Parse.Single<ContainerInstanceStateChanged>(Parse.EventBridge("aws.ecs", "ECS Container Instance State Change",
            $$"""{"clusterArn":"{{Cluster}}","containerInstanceArn":"ci-1","status":"DRAINING"}"""));
        var untidy = Parse.Single<ContainerInstanceStateChanged>(Parse.EventBridge("aws.ecs", "ECS Container Instance State Change",
            $$"""{"clusterArn":"{{Cluster}}","containerInstanceArn":"ci-1","status":"DRAINING","attributes":[{"value":"x"},"odd",{"name":"ecs-scaling.drain-group","value":"asg-prod"}]}"""));

        Assert.Null(without.Attributes);
        Assert.Equal("asg-prod", Assert.Single(untidy.Attributes!).Value);
    }

    [Fact]
    public void Numbers_and_booleans_given_as_strings_are_accepted()
    {
        var json = Parse.EventBridge("aws.ecs", "ECS Container Instance State Change",
            $$"""{"clusterArn":"{{Cluster}}","containerInstanceArn":"ci-1","status":"REGISTRATION_FAILED","agentConnected":"false","runningTasksCount":"3"}""");

        var change = Parse.Single<ContainerInstanceStateChanged>(json);

        Assert.Equal((ContainerInstanceStatus.RegistrationFailed, false, 3), (change.Status, change.AgentConnected, change.RunningTasksCount));
        Assert.Null(change.RemainingResources);
    }

    [Fact]
    public void An_unknown_container_instance_status_is_rejected()
    {
        var json = Parse.EventBridge("aws.ecs", "ECS Container Instance State Change",
            $$"""{"clusterArn":"{{Cluster}}","containerInstanceArn":"ci-1","status":"MELTING"}""");

        Assert.Equal("detail.status: unknown container instance status \"MELTING\"", Parse.Error(json));
    }

    [Fact]
    public void Task_state_changes_keep_the_fields_drain_needs()
    {
        var task = Parse.Sample<TaskStateChanged>("ecs-task-state-change.json");

        Assert.Equal(("STOPPED", "STOPPED", "service:web", "ServiceSchedulerInitiated"), (task.LastStatus, task.DesiredStatus, task.Group, task.StopCode));
        Assert.Equal("ecs-svc/1234567890123456789", task.StartedBy);
        Assert.EndsWith("container-instance/prod/8f0f1b8c1e0a4f7e9c3c6d2b5a4e3f21", task.ContainerInstanceArn);
    }

    [Fact]
    public void A_task_without_last_status_names_the_field()
    {
        var json = Parse.EventBridge("aws.ecs", "ECS Task State Change", $$"""{"clusterArn":"{{Cluster}}","taskArn":"t-1","lastStatus":null}""");

        Assert.Equal("detail.lastStatus: missing", Parse.Error(json));
    }

    [Fact]
    public void Service_actions_take_the_service_from_resources()
    {
        var action = Parse.Sample<ServiceActionEvent>("ecs-service-action.json");

        Assert.Equal(("arn:aws:ecs:us-east-1:123456789012:service/prod/web", "WARN", "SERVICE_TASK_PLACEMENT_FAILURE"), (action.ServiceArn, action.EventType, action.EventName));
    }
}

using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class InstanceIdsTests
{
    [Theory]
    [InlineData("i-0123abcd", true)]
    [InlineData("i-0123456789abcdef0", true)]
    [InlineData("i-0123ABCD", false)]
    [InlineData("i-0123abc", false)]
    [InlineData("i-0123456789abcdef", false)]
    [InlineData("i-0123abcd or agentConnected == true", false)]
    [InlineData("i-0123abcd\n", false)]
    public void Only_well_formed_ids_are_valid(string id, bool valid) => Assert.Equal(valid, InstanceIds.IsValid(id));

    [Fact]
    public void A_crafted_lifecycle_instance_id_is_refused_with_the_field_named()
    {
        var json = Parse.EventBridge("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action",
            """{"AutoScalingGroupName":"asg","LifecycleHookName":"hook","EC2InstanceId":"i-0123abcd or runningTasksCount > 0","LifecycleTransition":"autoscaling:EC2_INSTANCE_TERMINATING"}""");

        Assert.Equal("detail.EC2InstanceId: \"i-0123abcd or runningTasksCount > 0\" is not an EC2 instance id (i- followed by 8 or 17 lowercase hex digits)", Parse.Error(json));
    }

    [Fact]
    public void A_container_instance_event_may_omit_the_id_but_not_garble_it()
    {
        const string Detail = """{"clusterArn":"arn:aws:ecs:eu-west-1:123456789012:cluster/prod","containerInstanceArn":"arn:ci","status":"ACTIVE"%ID%}""";

        Assert.Null(Parse.Single<ContainerInstanceStateChanged>(Parse.EventBridge("aws.ecs", "ECS Container Instance State Change", Detail.Replace("%ID%", ""))).Ec2InstanceId);
        Assert.StartsWith("detail.ec2InstanceId: \"x\" is not an EC2 instance id",
            Parse.Error(Parse.EventBridge("aws.ecs", "ECS Container Instance State Change", Detail.Replace("%ID%", ",\"ec2InstanceId\":\"x\""))));
    }
}

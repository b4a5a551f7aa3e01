using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class AutoScalingEventsTests
{
    private const string Detail = """
        {"LifecycleActionToken":"tok-1","AutoScalingGroupName":"asg","LifecycleHookName":"hook","EC2InstanceId":"i-0123abcd",
         "LifecycleTransition":"autoscaling:EC2_INSTANCE_TERMINATING","NotificationMetadata":null,"Origin":"AutoScalingGroup","Destination":"EC2"}
        """;

    [Theory]
    [InlineData("lifecycle-terminate.eventbridge.json", EventTransport.EventBridge)]
    [InlineData("lifecycle-terminate.sns.json", EventTransport.Sns)]
    public void Terminate_actions_parse_the_same_in_both_forms(string file, EventTransport transport)
    {
        var action = Parse.Sample<LifecycleActionEvent>(file);

        Assert.Equal(LifecycleTransition.Terminating, action.Transition);
        Assert.Equal(new LifecycleActionRef("ecs-ec2-capacity", "ecs-scaling-drain", "i-0a1b2c3d4e5f60718", "87654321-4321-4321-4321-210987654321"), action.Action);
        Assert.Equal("""{"cluster":"prod"}""", action.NotificationMetadata);
        Assert.Equal(("AutoScalingGroup", "EC2"), (action.OriginState, action.Destination));
        Assert.Equal((transport, "aws.autoscaling", "123456789012"), (action.Origin.Transport, action.Origin.Source, action.Origin.Account));
    }

    [Fact]
    public void The_sns_form_takes_id_and_time_from_the_message()
    {
        var action = Parse.Sample<LifecycleActionEvent>("lifecycle-launch.sns.json");

        Assert.Equal(LifecycleTransition.Launching, action.Transition);
        Assert.Equal("4b8f3c15-3e0e-2a8c-5f15-0e4d1a4c21b7", action.Origin.Id);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T10:15:30.468Z", System.Globalization.CultureInfo.InvariantCulture), action.Origin.Time);
        Assert.Equal("us-east-1", action.Origin.Region);
    }

    [Fact]
    public void Warm_pool_terminations_keep_their_origin()
    {
        Assert.Equal("WarmPool", Parse.Sample<LifecycleActionEvent>("lifecycle-terminate-warmpool.eventbridge.json").OriginState);
    }

    [Fact]
    public void Test_notifications_are_recognised_as_no_ops()
    {
        var test = Parse.Sample<AutoScalingTestNotification>("sns-test-notification.json");

        Assert.Equal("ecs-ec2-capacity", test.GroupName);
    }

    [Fact]
    public void A_missing_instance_id_names_the_field()
    {
        var json = Parse.EventBridge("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action", Detail.Replace("\"EC2InstanceId\":\"i-0123abcd\",", ""));

        Assert.Equal("detail.EC2InstanceId: missing", Parse.Error(json));
    }

    [Fact]
    public void A_null_token_is_allowed_because_the_instance_id_suffices()
    {
        var json = Parse.EventBridge("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action", Detail.Replace("\"tok-1\"", "null"));

        Assert.Null(Parse.Single<LifecycleActionEvent>(json).Action.Token);
    }

    [Fact]
    public void A_transition_contradicting_the_detail_type_is_rejected()
    {
        var json = Parse.EventBridge("aws.autoscaling", "EC2 Instance-launch Lifecycle Action", Detail);

        Assert.Equal("detail.LifecycleTransition: Terminating does not match detail-type \"EC2 Instance-launch Lifecycle Action\"", Parse.Error(json));
    }

    [Fact]
    public void An_unknown_transition_is_rejected_with_the_expected_values()
    {
        var json = Parse.EventBridge("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action", Detail.Replace("EC2_INSTANCE_TERMINATING", "EC2_INSTANCE_LAUNCH"));

        Assert.Contains("detail.LifecycleTransition: expected autoscaling:EC2_INSTANCE_TERMINATING or autoscaling:EC2_INSTANCE_LAUNCHING, got \"autoscaling:EC2_INSTANCE_LAUNCH\"", Parse.Error(json));
    }

    [Fact]
    public void Metadata_given_as_an_object_is_kept_as_its_json()
    {
        var json = Parse.EventBridge("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action", Detail.Replace("\"NotificationMetadata\":null", "\"NotificationMetadata\":{\"a\":1}"));

        Assert.Equal("""{"a":1}""", Parse.Single<LifecycleActionEvent>(json).NotificationMetadata);
    }

    [Fact]
    public void Other_auto_scaling_notifications_are_rejected_by_name()
    {
        var json = Parse.Sns("""{"Event":"autoscaling:EC2_INSTANCE_TERMINATE","AutoScalingGroupName":"asg","EC2InstanceId":"i-0123abcd"}""");

        Assert.Equal("Records[0].Sns.Message.Event: unsupported Auto Scaling notification \"autoscaling:EC2_INSTANCE_TERMINATE\"; only lifecycle actions and autoscaling:TEST_NOTIFICATION are handled", Parse.Error(json));
    }
}

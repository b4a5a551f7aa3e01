using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class SqsDeliveryTests
{
    private static QueueBatch Batch(string json) => Parse.Single<QueueBatch>(json);

    private static QueueBatch Sample(string name) => Parse.Sample<QueueBatch>(name);

    /// <summary>A Lambda SQS batch whose records carry the given bodies, as the event source mapping sends it.</summary>
    private static string Sqs(params string[] bodies) =>
        "{\"Records\":[" + string.Join(",", bodies.Select((b, i) =>
            $$$"""{"messageId":"m-{{{i}}}","receiptHandle":"r","body":{{{System.Text.Json.JsonSerializer.Serialize(b, TestJson.Default.String)}}},"attributes":{"SentTimestamp":"1772446530512"},"eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:eu-west-1:123456789012:drain","awsRegion":"eu-west-1"}""")) + "]}";

    [Fact]
    public void An_EventBridge_body_keeps_its_event_with_the_queue_as_transport()
    {
        var batch = Sample("lifecycle-terminate.sqs-eventbridge.json");

        Assert.Collection(batch.Messages,
            m => Assert.Equal(("059f36b4-87a3-44ab-83d2-661975830a7d", LifecycleTransition.Terminating, EventTransport.Sqs, "12345678-1234-1234-1234-123456789012"),
                (m.MessageId, Assert.IsType<LifecycleActionEvent>(m.Event).Transition, m.Event!.Origin.Transport, m.Event.Origin.Id)),
            m => Assert.IsType<SpotInterruptionWarning>(m.Event),
            m => Assert.IsType<ContainerInstanceStateChanged>(m.Event));
        Assert.Equal(("us-east-1", "123456789012"), (batch.Origin.Region, batch.Origin.Account));
    }

    [Fact]
    public void An_SNS_notification_body_is_unwrapped()
    {
        var message = Assert.Single(Sample("lifecycle-terminate.sqs-sns.json").Messages);
        var hook = Assert.IsType<LifecycleActionEvent>(message.Event);

        Assert.Equal(("ecs-ec2-capacity", "ecs-scaling-drain", "i-0a1b2c3d4e5f60718"), (hook.Action.GroupName, hook.Action.HookName, hook.Action.InstanceId));
        Assert.Equal(EventTransport.Sqs, hook.Origin.Transport);
    }

    [Fact]
    public void A_bare_lifecycle_hook_notification_is_a_lifecycle_action()
    {
        var hook = Assert.IsType<LifecycleActionEvent>(Assert.Single(Sample("lifecycle-terminate.sqs-hook.json").Messages).Event);

        Assert.Equal(("i-0a1b2c3d4e5f60718", "87654321-4321-4321-4321-210987654321", "4b8f3c15-3e0e-2a8c-5f15-0e4d1a4c21b7"),
            (hook.Action.InstanceId, hook.Action.Token, hook.Origin.Id));
        Assert.Equal(AutoScalingEventsSource, hook.Origin.Source);
    }

    private const string AutoScalingEventsSource = "aws.autoscaling";

    [Fact]
    public void The_test_notification_a_hook_sends_to_its_queue_is_recognised()
    {
        var test = Assert.IsType<AutoScalingTestNotification>(Assert.Single(Sample("sqs-test-notification.json").Messages).Event);

        Assert.Equal("ecs-ec2-capacity", test.GroupName);
    }

    [Theory]
    [InlineData("not json", "Records[0].body: expected a JSON object inside the string")]
    [InlineData("""{"hello":"world"}""", "Records[0].body: not a message we know")]
    [InlineData("""{"Type":"SubscriptionConfirmation","Message":"confirm"}""", "Records[0].body.Type: SNS \"SubscriptionConfirmation\" messages carry no event")]
    [InlineData("""{"Event":"autoscaling:EC2_INSTANCE_LAUNCH"}""", "Records[0].body.Event: unsupported Auto Scaling notification")]
    public void A_body_we_cannot_use_refuses_its_message_only_naming_the_field(string body, string refusal)
    {
        var batch = Batch(Sqs(body, Samples.Text("spot-interruption-warning.json")));

        Assert.Collection(batch.Messages,
            m => Assert.Equal(("m-0", null), (m.MessageId, m.Event)),
            m => Assert.IsType<SpotInterruptionWarning>(m.Event));
        Assert.StartsWith(refusal, batch.Messages[0].Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_a_message_id_fails_the_whole_payload_since_no_answer_could_name_it()
    {
        var json = """{"Records":[{"eventSource":"aws:sqs","body":"{}"}]}""";

        Assert.Equal("Records[0].messageId: missing", Parse.Error(json));
    }

    [Fact]
    public void The_sent_time_comes_from_the_record_when_the_body_carries_none()
    {
        var test = Batch(Sqs("""{"Event":"autoscaling:TEST_NOTIFICATION","AutoScalingGroupName":"g"}""")).Messages[0].Event!;

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1772446530512), test.Origin.Time);
        Assert.Equal(("m-0", "eu-west-1"), (test.Origin.Id, test.Origin.Region));
    }
}

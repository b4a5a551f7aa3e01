using EcsScaling.Core.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class SnsDeliveryTests
{
    private const string Alarm = """{"AlarmName":"a","NewStateValue":"ALARM"}""";

    [Fact]
    public void Several_records_give_several_events_in_order()
    {
        var events = Parse.Json(Parse.Sns(Alarm, Samples.Text("spot-interruption-warning.json")));

        Assert.Collection(events,
            e => Assert.IsType<AlarmStateChanged>(e),
            e => Assert.Equal(EventTransport.Sns, Assert.IsType<SpotInterruptionWarning>(e).Origin.Transport));
    }

    [Fact]
    public void The_delivery_origin_comes_from_the_topic_when_the_message_has_none()
    {
        var alarm = Parse.Single<AlarmStateChanged>(Parse.Sns(Alarm));

        Assert.Equal(("m-1", "eu-west-1", "123456789012"), (alarm.Origin.Id, alarm.Origin.Region, alarm.Origin.Account));
    }

    [Fact]
    public void A_record_from_another_service_is_rejected()
    {
        var json = Parse.Sns(Alarm).Replace("\"aws:sns\"", "\"aws:sqs\"");

        Assert.Equal("Records[0].EventSource: expected aws:sns, got \"aws:sqs\"", Parse.Error(json));
    }

    [Fact]
    public void Empty_records_are_rejected()
    {
        Assert.Equal("Records: expected a non-empty array of SNS records", Parse.Error("""{"Records":[]}"""));
    }

    [Fact]
    public void A_message_that_is_not_json_names_the_record()
    {
        var json = """{"Records":[{"EventSource":"aws:sns","Sns":{"Message":"hello"}}]}""";

        Assert.StartsWith("Records[0].Sns.Message: expected a JSON object inside the string", Parse.Error(json));
    }

    [Fact]
    public void An_unknown_message_lists_what_is_expected()
    {
        Assert.Contains("Records[0].Sns.Message: not a message we know", Parse.Error(Parse.Sns("""{"foo":1}""")));
    }

    [Fact]
    public void Errors_in_a_later_record_name_its_index_and_the_path_inside_the_message()
    {
        var spotWithoutInstance = Parse.EventBridge("aws.ec2", "EC2 Spot Instance Interruption Warning", """{"instance-action":"stop"}""");

        Assert.Equal("Records[1].Sns.Message.detail.instance-id: missing", Parse.Error(Parse.Sns(Alarm, spotWithoutInstance)));
    }
}

using EcsScaling.Core.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class AlarmEventsTests
{
    private static readonly DateTimeOffset ChangedAt = new(2026, 3, 2, 10, 19, 2, 420, TimeSpan.Zero);

    [Theory]
    [InlineData("alarm-state-change.eventbridge.json", EventTransport.EventBridge)]
    [InlineData("alarm-state-change.sns.json", EventTransport.Sns)]
    public void Alarm_state_changes_parse_the_same_in_both_forms(string file, EventTransport transport)
    {
        var alarm = Parse.Sample<AlarmStateChanged>(file);

        Assert.Equal(("ecs-scaling-task-imbalance", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:ecs-scaling-task-imbalance"), (alarm.AlarmName, alarm.AlarmArn));
        Assert.Equal(("ALARM", "OK"), (alarm.State, alarm.PreviousState));
        Assert.StartsWith("Threshold Crossed: 1 out of the last 1 datapoints [0.24", alarm.Reason);
        Assert.Equal(ChangedAt, alarm.StateChangedAt);
        Assert.Equal((transport, "aws.cloudwatch", "us-east-1", "123456789012"), (alarm.Origin.Transport, alarm.Origin.Source, alarm.Origin.Region, alarm.Origin.Account));
    }

    [Fact]
    public void The_sns_region_comes_from_the_alarm_arn_not_the_display_name()
    {
        var json = Parse.Sns("""{"AlarmName":"a","AlarmArn":"arn:aws:cloudwatch:ap-southeast-2:210987654321:alarm:a","NewStateValue":"OK","Region":"Asia Pacific (Sydney)"}""");

        var alarm = Parse.Single<AlarmStateChanged>(json);

        Assert.Equal(("ap-southeast-2", "210987654321"), (alarm.Origin.Region, alarm.Origin.Account));
        Assert.Null(alarm.PreviousState);
    }

    [Fact]
    public void An_unknown_state_value_is_rejected()
    {
        var json = Parse.Sns("""{"AlarmName":"a","NewStateValue":"ON_FIRE"}""");

        Assert.Equal("Records[0].Sns.Message.NewStateValue: expected OK, ALARM or INSUFFICIENT_DATA, got \"ON_FIRE\"", Parse.Error(json));
    }

    [Fact]
    public void An_eventbridge_alarm_without_state_names_the_field()
    {
        var json = Parse.EventBridge("aws.cloudwatch", "CloudWatch Alarm State Change", """{"alarmName":"a"}""");

        Assert.Equal("detail.state: missing", Parse.Error(json));
    }

    [Fact]
    public void A_bad_timestamp_names_the_field_and_the_value()
    {
        var json = Parse.Sns("""{"AlarmName":"a","NewStateValue":"OK","StateChangeTime":"yesterday"}""");

        Assert.Equal("Records[0].Sns.Message.StateChangeTime: expected an ISO-8601 timestamp, got \"yesterday\"", Parse.Error(json));
    }
}

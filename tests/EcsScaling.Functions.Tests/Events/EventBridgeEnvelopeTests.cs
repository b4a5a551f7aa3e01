using EcsScaling.Core.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class EventBridgeEnvelopeTests
{
    [Fact]
    public void The_envelope_becomes_the_origin()
    {
        var tick = Parse.Sample<ScheduledTick>("scheduled-event.json");

        Assert.Equal(new EventOrigin(EventTransport.EventBridge, "aws.events", "12345678-1234-1234-1234-123456789012",
            new DateTimeOffset(2026, 3, 2, 10, 20, 0, TimeSpan.Zero), "us-east-1", "123456789012"), tick.Origin);
    }

    [Fact]
    public void An_unknown_detail_type_is_rejected_with_what_is_supported()
    {
        var error = Parse.Error(Parse.EventBridge("aws.ecs", "ECS Deployment State Change", "{}"));

        Assert.StartsWith("detail-type: unsupported event source \"aws.ecs\" with detail-type \"ECS Deployment State Change\"", error);
        Assert.Contains("aws.ecs \"ECS Task State Change\"", error);
    }

    [Fact]
    public void An_unknown_source_is_rejected()
    {
        Assert.Contains("unsupported event source \"my.app\"", Parse.Error(Parse.EventBridge("my.app", "Scheduled Event", "{}")));
    }

    [Fact]
    public void A_missing_source_names_the_field()
    {
        Assert.Equal("source: missing", Parse.Error("""{"detail-type":"Scheduled Event","detail":{}}"""));
    }

    [Fact]
    public void Detail_may_be_a_json_string_or_null()
    {
        var asString = Parse.Single<RebalanceRecommendation>(Parse.EventBridge("aws.ec2", "EC2 Instance Rebalance Recommendation", "\"{\\\"instance-id\\\":\\\"i-0000beef\\\"}\""));
        var asNull = Parse.Single<ScheduledTick>(Parse.EventBridge("aws.events", "Scheduled Event", "null"));

        Assert.Equal("i-0000beef", asString.InstanceId);
        Assert.Equal("aws.events", asNull.Origin.Source);
    }

    [Fact]
    public void A_time_with_a_compact_offset_is_accepted()
    {
        var json = Parse.EventBridge("aws.events", "Scheduled Event", "{}").Replace("2026-03-02T10:15:30Z", "2026-03-02T12:15:30+0200");

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 15, 30, TimeSpan.Zero), Parse.Single<ScheduledTick>(json).Origin.Time);
    }
}

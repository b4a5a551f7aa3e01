using EcsScaling.Core.Events;

namespace EcsScaling.Core.Tests.Policies;

/// <summary>Alarm and schedule events as the parsers hand them to Core.</summary>
public static class PolicyEvents
{
    public static AlarmStateChanged Alarm(string state, DateTimeOffset changedAt, string name = PolicyHarness.SurgeAlarm) =>
        new(Origin("aws.cloudwatch", changedAt), name, $"arn:aws:cloudwatch:us-east-1:123456789012:alarm:{name}", state, null, "test", changedAt);

    public static ScheduledTick Tick(DateTimeOffset at) => new(Origin("aws.events", at));

    private static EventOrigin Origin(string source, DateTimeOffset at) => new(EventTransport.EventBridge, source, Guid.NewGuid().ToString(), at, "us-east-1", "123456789012");
}

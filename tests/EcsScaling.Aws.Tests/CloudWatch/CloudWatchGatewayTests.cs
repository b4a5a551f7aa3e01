using EcsScaling.Aws.CloudWatch;

namespace EcsScaling.Aws.Tests.CloudWatch;

public class CloudWatchGatewayTests
{
    [Fact]
    public async Task DescribeAlarms_asks_for_100_names_a_call_with_both_alarm_types_and_reads_both_lists()
    {
        var aws = new RecordingCaller().Respond(CloudWatchOperations.DescribeAlarms, _ =>
            "<MetricAlarms><member><AlarmName>high</AlarmName><StateValue>ALARM</StateValue></member></MetricAlarms>"
            + "<CompositeAlarms><member><AlarmName>any</AlarmName><StateValue>OK</StateValue></member></CompositeAlarms>");
        string[] names = [.. Enumerable.Range(0, 150).Select(i => $"alarm-{i}"), "alarm-0"];

        var alarms = await new CloudWatchGateway(aws).DescribeAlarmsAsync(names, CancellationToken.None);

        var requests = aws.RequestsOf(CloudWatchOperations.DescribeAlarms).Select(p => p.Entries.ToDictionary(e => e.Key, e => e.Value)).ToList();
        Assert.Equal([100, 50], requests.Select(r => r.Keys.Count(k => k.StartsWith("AlarmNames.member.", StringComparison.Ordinal))));
        Assert.All(requests, r => Assert.Equal(("MetricAlarm", "CompositeAlarm"), (r["AlarmTypes.member.1"], r["AlarmTypes.member.2"])));
        Assert.Equal([("high", "ALARM"), ("any", "OK"), ("high", "ALARM"), ("any", "OK")], alarms.Select(a => (a.AlarmName, a.StateValue)));
    }
}

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

public class FakeCloudWatchTests
{
    [Fact]
    public async Task DescribeAlarms_returns_only_alarms_that_exist()
    {
        var cloudWatch = new FakeCloudWatch();
        cloudWatch.SetAlarm("high", "ALARM", DateTimeOffset.UnixEpoch);

        var states = await cloudWatch.DescribeAlarmsAsync(["high", "missing"], default);

        Assert.Equal(("high", "ALARM"), (states.Single().AlarmName, states.Single().StateValue));
        Assert.Equal(0, cloudWatch.Calls.Mutating);
    }

    [Fact]
    public async Task PutMetricData_is_split_into_calls_of_at_most_1000_metrics()
    {
        var cloudWatch = new FakeCloudWatch();
        var data = Enumerable.Range(0, 2001).Select(i => new MetricDatum("m", i, "Count", [], null)).ToList();

        await cloudWatch.PutMetricDataAsync("EcsScaling", data, default);

        Assert.Equal(3, cloudWatch.Calls["PutMetricData"]);
        Assert.Equal(2001, cloudWatch.Data.Count);
    }
}

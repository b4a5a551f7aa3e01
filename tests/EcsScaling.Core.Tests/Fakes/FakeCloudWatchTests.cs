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
}

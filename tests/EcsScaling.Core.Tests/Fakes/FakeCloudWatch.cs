using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>In-memory CloudWatch: alarms whose state tests set directly.</summary>
public sealed class FakeCloudWatch : ICloudWatchGateway
{
    public Dictionary<string, AlarmState> Alarms { get; } = new(StringComparer.Ordinal);

    public CallLog Calls { get; } = new();

    public AlarmState SetAlarm(string alarmName, string state, DateTimeOffset updatedAt) =>
        Alarms[alarmName] = new AlarmState(alarmName, $"arn:aws:cloudwatch:us-east-1:123456789012:alarm:{alarmName}", state, $"set by test to {state}", updatedAt);

    /// <summary>Alarms that do not exist are left out, as DescribeAlarms does.</summary>
    public Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        Calls.Record("DescribeAlarms");
        return Task.FromResult<IReadOnlyList<AlarmState>>([.. alarmNames.Where(Alarms.ContainsKey).Select(n => Alarms[n])]);
    }
}

using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>In-memory CloudWatch: alarms whose state tests set directly, and the metric data put.</summary>
public sealed class FakeCloudWatch : ICloudWatchGateway
{
    public const int MaxMetricsPerCall = 1000;

    public Dictionary<string, AlarmState> Alarms { get; } = new(StringComparer.Ordinal);

    public List<(string Namespace, MetricDatum Datum)> Data { get; } = [];

    public CallLog Calls { get; } = new();

    public AlarmState SetAlarm(string alarmName, string state, DateTimeOffset updatedAt) =>
        Alarms[alarmName] = new AlarmState(alarmName, $"arn:aws:cloudwatch:us-east-1:123456789012:alarm:{alarmName}", state, $"set by test to {state}", updatedAt);

    public Task PutMetricDataAsync(string metricNamespace, IReadOnlyList<MetricDatum> data, CancellationToken cancellationToken)
    {
        foreach (var chunk in data.Chunk(MaxMetricsPerCall))
        {
            Calls.Record("PutMetricData");
            Data.AddRange(chunk.Select(d => (metricNamespace, d)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Alarms that do not exist are left out, as DescribeAlarms does.</summary>
    public Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        Calls.Record("DescribeAlarms");
        return Task.FromResult<IReadOnlyList<AlarmState>>([.. alarmNames.Where(Alarms.ContainsKey).Select(n => Alarms[n])]);
    }
}

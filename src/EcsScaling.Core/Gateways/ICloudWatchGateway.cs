using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

/// <summary>CloudWatch API calls. Inside Lambda, metrics are published as EMF log lines instead (see ITelemetry).</summary>
public interface ICloudWatchGateway
{
    /// <summary>Splits into PutMetricData calls of at most 1000 metrics.</summary>
    Task PutMetricDataAsync(string metricNamespace, IReadOnlyList<MetricDatum> data, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken);
}

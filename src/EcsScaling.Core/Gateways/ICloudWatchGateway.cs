using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

/// <summary>CloudWatch API calls. Inside Lambda, metrics are published as EMF log lines instead (see ITelemetry).</summary>
public interface ICloudWatchGateway
{
    Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken);
}

using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Gateways;

public sealed class SimCloudWatchGateway(CloudWatchModel cloudWatch, SimulatedApi api) : ICloudWatchGateway
{
    private const string Service = "monitoring";

    /// <summary>DescribeAlarms takes up to 100 names; unknown names are simply absent.</summary>
    public async Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        var result = new List<AlarmState>();
        foreach (var batch in alarmNames.Chunk(100))
        {
            result.AddRange(await api.CallAsync(Service, "DescribeAlarms", () =>
                batch.Select(n => cloudWatch.Alarms.GetValueOrDefault(n)).OfType<SimAlarm>().Select(a => a.ToModel()).ToList(), cancellationToken).ConfigureAwait(false));
        }

        return result;
    }
}

using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.CloudWatch.CloudWatchOperations;

namespace EcsScaling.Aws.CloudWatch;

/// <summary>ICloudWatchGateway over the CloudWatch query API.</summary>
public sealed class CloudWatchGateway(IAwsCaller aws) : ICloudWatchGateway
{
    private const int AlarmNamesPerCall = 100;

    public async Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        var alarms = new List<AlarmState>();
        foreach (var batch in alarmNames.Distinct().Chunk(AlarmNamesPerCall))
        {
            alarms.AddRange(await Paging.CollectAsync<AlarmState>(async token =>
            {
                var parameters = new QueryParameters().AddList("AlarmNames", batch).AddList("AlarmTypes", ["MetricAlarm", "CompositeAlarm"]).Add("NextToken", token);
                var page = await aws.CallAsync(Op.DescribeAlarms, parameters, cancellationToken).ConfigureAwait(false);
                return (page.Items, page.NextToken);
            }).ConfigureAwait(false));
        }

        return alarms;
    }
}

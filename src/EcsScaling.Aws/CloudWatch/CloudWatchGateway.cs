using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.CloudWatch.CloudWatchOperations;

namespace EcsScaling.Aws.CloudWatch;

/// <summary>ICloudWatchGateway over the CloudWatch query API.</summary>
public sealed class CloudWatchGateway(IAwsCaller aws) : ICloudWatchGateway
{
    private const int AlarmNamesPerCall = 100;

    public Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken) =>
        Paging.BatchedAsync(alarmNames, AlarmNamesPerCall, batch => Paging.CollectAsync(token => aws.CallAsync(
            Op.DescribeAlarms, new QueryParameters().AddList("AlarmNames", batch).AddList("AlarmTypes", ["MetricAlarm", "CompositeAlarm"]).Add("NextToken", token), cancellationToken)));
}

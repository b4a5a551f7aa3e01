using System.Globalization;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.CloudWatch.CloudWatchOperations;

namespace EcsScaling.Aws.CloudWatch;

/// <summary>ICloudWatchGateway over the CloudWatch query API.</summary>
public sealed class CloudWatchGateway(IAwsCaller aws) : ICloudWatchGateway
{
    public const int MetricsPerCall = 1000;
    private const int AlarmNamesPerCall = 100;

    public async Task PutMetricDataAsync(string metricNamespace, IReadOnlyList<MetricDatum> data, CancellationToken cancellationToken)
    {
        foreach (var batch in data.Chunk(MetricsPerCall))
        {
            var parameters = new QueryParameters().Add("Namespace", metricNamespace).AddMembers("MetricData", batch, (prefix, d, p) =>
            {
                p.Add($"{prefix}.MetricName", d.MetricName).Add($"{prefix}.Value", d.Value).Add($"{prefix}.Unit", d.Unit)
                    .Add($"{prefix}.Timestamp", d.Timestamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                p.AddMembers($"{prefix}.Dimensions", d.Dimensions, (dimension, m, q) => q.Add($"{dimension}.Name", m.Name).Add($"{dimension}.Value", m.Value));
            });
            await aws.CallAsync(Op.PutMetricData, parameters, cancellationToken).ConfigureAwait(false);
        }
    }

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

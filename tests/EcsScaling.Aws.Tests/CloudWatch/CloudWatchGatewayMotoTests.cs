using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests.CloudWatch;

[Collection(MotoCollection.Name)]
public class CloudWatchGatewayMotoTests(MotoServer moto)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task Describes_alarms_by_name()
    {
        using var aws = MotoContext.Seeded(moto, "read");

        var alarm = Assert.Single(await aws.Gateways.CloudWatch.DescribeAlarmsAsync([MotoWorld.AlarmName, "not-there"], None));

        Assert.Equal(MotoWorld.AlarmName, alarm.AlarmName);
        Assert.StartsWith("arn:aws:cloudwatch:", alarm.AlarmArn, StringComparison.Ordinal);
        Assert.Equal("OK", alarm.StateValue); // moto starts alarms in OK
    }

    [SkippableFact]
    public async Task Puts_metric_data_that_moto_then_lists()
    {
        using var aws = MotoContext.Fresh(moto);
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var data = Enumerable.Range(0, 3).Select(i => new MetricDatum("TaskImbalance", i, "Count", [new MetricDimension("ClusterName", "main")], at)).ToList();

        await aws.Gateways.CloudWatch.PutMetricDataAsync("EcsScaling", data, None);

        var listed = await new MotoProbe(aws).ListMetricNamesAsync("EcsScaling");
        Assert.Equal(["TaskImbalance"], listed);
    }
}

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
}

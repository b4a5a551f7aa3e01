using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.CloudWatch;

/// <summary>The CloudWatch operations we call (awsQuery, Version=2010-08-01), each with the parser of its result into Core records.</summary>
public static class CloudWatchOperations
{
    public static readonly QueryOperation<Page<AlarmState>> DescribeAlarms = new(AwsService.CloudWatch, "DescribeAlarms", r =>
        new Page<AlarmState>(
            [.. r.Members("MetricAlarms").Concat(r.Members("CompositeAlarms")).Select(a => new AlarmState(
                a.Required("AlarmName"), a.Text("AlarmArn"), a.Text("StateValue") ?? string.Empty, a.Text("StateReason"), a.Time("StateUpdatedTimestamp")))],
            r.Text("NextToken")));
}

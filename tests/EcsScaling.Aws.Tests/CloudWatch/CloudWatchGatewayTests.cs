using EcsScaling.Aws.CloudWatch;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests.CloudWatch;

public class CloudWatchGatewayTests
{
    [Fact]
    public async Task PutMetricData_splits_at_1000_metrics_and_flattens_dimensions()
    {
        var aws = new RecordingCaller();
        var at = new DateTimeOffset(2026, 11, 27, 4, 0, 0, TimeSpan.Zero);
        var data = Enumerable.Range(0, 2500).Select(i => new MetricDatum("Imbalance", i, "Count", [new MetricDimension("ClusterName", "main")], at)).ToList();

        await new CloudWatchGateway(aws).PutMetricDataAsync("EcsScaling", data, CancellationToken.None);

        var requests = aws.RequestsOf(CloudWatchOperations.PutMetricData).Select(p => p.Entries.ToDictionary(e => e.Key, e => e.Value)).ToList();
        Assert.Equal([1000, 1000, 500], requests.Select(r => r.Keys.Count(k => k.EndsWith(".MetricName", StringComparison.Ordinal))));
        var first = requests[0];
        Assert.Equal("EcsScaling", first["Namespace"]);
        Assert.Equal(("Imbalance", "0", "Count", "2026-11-27T04:00:00.000Z"), (first["MetricData.member.1.MetricName"], first["MetricData.member.1.Value"], first["MetricData.member.1.Unit"], first["MetricData.member.1.Timestamp"]));
        Assert.Equal(("ClusterName", "main"), (first["MetricData.member.1.Dimensions.member.1.Name"], first["MetricData.member.1.Dimensions.member.1.Value"]));
        Assert.Equal("1000", requests[1]["MetricData.member.1.Value"]);
    }
}

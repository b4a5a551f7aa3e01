using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Moto;

/// <summary>Read-back operations the product never calls, defined on the same plumbing to check what moto stored.</summary>
public sealed class MotoProbe(MotoContext aws)
{
    private static readonly QueryOperation<IReadOnlyList<string>> ListMetrics = new(AwsService.CloudWatch, "ListMetrics", r =>
        [.. r.Members("Metrics").Select(m => m.Required("MetricName")).Distinct()]);

    public Task<IReadOnlyList<string>> ListMetricNamesAsync(string metricNamespace) =>
        aws.Caller.CallAsync(ListMetrics, new QueryParameters().Add("Namespace", metricNamespace), CancellationToken.None);
}

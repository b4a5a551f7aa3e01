using EcsScaling.Core.Metrics;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.ClusterMetrics;

/// <summary>cluster-metrics: on its schedule, measures every managed cluster and publishes the measures as EMF metrics.</summary>
public static class ClusterMetricsFunction
{
    public const string Name = "cluster-metrics";

    public static ILambdaFunction Create(FunctionDependencies d)
    {
        var options = ClusterMetricsOptionsParser.Parse(d.Environment);
        var coordinator = new ClusterMetricsCoordinator(d.Gateways(), options, d.Time, d.Telemetry);
        return ScalingEventFunction.Create(Name, d.Parser, async (_, cancellationToken) => ClusterMetricsFailedException.ThrowIfAnyFailed(await coordinator.PublishAsync(options.Clusters, d.DryRun, cancellationToken)), ClusterJson.WriteResult);
    }
}

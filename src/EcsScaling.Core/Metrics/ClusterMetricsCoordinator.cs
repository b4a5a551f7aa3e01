using EcsScaling.Core.Clusters;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.ScaleOut;

namespace EcsScaling.Core.Metrics;

/// <summary>
/// Publishes cluster and service metrics through <see cref="ITelemetry.Metric"/> (EMF lines in
/// Lambda, so no PutMetricData call). Service task counts come from DescribeServices, so Fargate
/// services are covered without any container instance. A cluster with a scale-out group then has its
/// waiting tasks looked at on the same read (<see cref="ScaleOutRunner"/>). One cluster failing does not stop the others.
/// </summary>
public sealed class ClusterMetricsCoordinator(IEcsGateway ecs, ScaleOutRunner scaleOutRunner, EmptyInstanceRunner emptyInstanceRunner, ClusterMetricsOptions options, TimeProvider time, ITelemetry telemetry)
{
    public ClusterMetricsCoordinator(GatewaySet gateways, ClusterMetricsOptions options, TimeProvider time, ITelemetry telemetry)
        : this(gateways.Ecs, new ScaleOutRunner(gateways.AutoScaling, telemetry), new EmptyInstanceRunner(gateways.AutoScaling, telemetry), options, time, telemetry)
    {
    }

    /// <param name="dryRun">Scale-out plans and logs, and raises no group.</param>
    public async Task<ClusterMetricsResult> PublishAsync(IReadOnlyList<string> clusters, bool dryRun, CancellationToken cancellationToken)
    {
        var reader = new ClusterReader(ecs, time);
        var reports = new List<ClusterMetricsReport>(clusters.Count);
        foreach (var cluster in clusters)
        {
            try
            {
                var snapshot = await reader.ReadAsync(cluster, options.MeasureServiceSpread, cancellationToken);
                var report = Publish(snapshot);
                reports.Add(options.ScaleOutGroups.TryGetValue(cluster, out var group) ? await ScaleOutAsync(report, snapshot, group, dryRun, cancellationToken) : report);
            }
            catch (AwsCallException e)
            {
                telemetry.Log(LogLevel.Error, "cluster metrics not published", ("cluster", cluster), ("operation", e.Operation), ("errorCode", e.ErrorCode), ("error", e.Message));
                reports.Add(new ClusterMetricsReport(cluster, null, null, null, 0, 0, 0, 0, e.Message));
            }
        }

        return new ClusterMetricsResult(reports);
    }

    /// <summary>
    /// The metrics are out by now: a failed scale-out fails the run (the report's error) but keeps them. A group whose
    /// capacity provider's managed scaling sets its desired capacity is refused, every run (<see cref="GroupOwnership"/>).
    /// </summary>
    private async Task<ClusterMetricsReport> ScaleOutAsync(ClusterMetricsReport report, ClusterSnapshot snapshot, string group, bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            if (GroupOwnership.DesiredCapacityOwner(await CapacityProviderReader.ReadAsync(ecs, [snapshot.Cluster], cancellationToken), group) is { } owner)
            {
                return Failed(report, snapshot, group, GroupOwnership.Refusal(GroupOwnership.DesiredCapacity, group, owner, ClusterMetricsVariables.ScaleOutGroups));
            }

            report = report with { ScaleOut = await scaleOutRunner.RunAsync(snapshot, group, dryRun, cancellationToken) };
            return options.ScaleInEmptyAfter is { } age && report.ScaleOut is null
                ? report with { ScaleIn = await emptyInstanceRunner.RunAsync(snapshot, group, age, dryRun, cancellationToken) }
                : report;
        }
        catch (Exception e) when (e is AwsCallException or ScaleOutException)
        {
            return Failed(report, snapshot, group, e.Message);
        }
    }

    private ClusterMetricsReport Failed(ClusterMetricsReport report, ClusterSnapshot snapshot, string group, string error)
    {
        telemetry.Log(LogLevel.Error, "sizing the group for the cluster's tasks failed", ("cluster", snapshot.Cluster), ("group", group), ("error", error));
        return report with { Error = $"sizing group {group} failed: {error}" };
    }

    private ClusterMetricsReport Publish(ClusterSnapshot snapshot)
    {
        var measurement = ClusterMeasurer.Measure(snapshot);
        var clusterName = ClusterReference.NameOf(snapshot.Cluster);
        MetricDimension[] cluster = [new("ClusterName", clusterName)];
        var active = measurement.Instances.Count(i => i.Status == ContainerInstanceStatus.Active);
        telemetry.Metric(MetricNames.CpuReservation, measurement.CpuReservationPercent, "Percent", cluster);
        telemetry.Metric(MetricNames.MemoryReservation, measurement.MemoryReservationPercent, "Percent", cluster);
        if (measurement.ImbalanceScore is { } score)
        {
            telemetry.Metric(MetricNames.ImbalanceScore, score, "None", cluster);
        }

        if (measurement.CapacityReservationPercent is { } capacity)
        {
            telemetry.Metric(MetricNames.CapacityReservation, capacity, "Percent", cluster);
        }

        telemetry.Metric(MetricNames.CpuImbalance, measurement.CpuImbalance, "None", cluster);
        telemetry.Metric(MetricNames.ActiveInstances, active, "Count", cluster);
        telemetry.Metric(MetricNames.DrainingInstances, measurement.DrainingInstances, "Count", cluster);
        telemetry.Metric(MetricNames.EmptyInstances, measurement.EmptyInstances, "Count", cluster);
        foreach (var service in snapshot.Services)
        {
            MetricDimension[] dimensions = [new("ClusterName", clusterName), new("ServiceName", service.Name)];
            telemetry.Metric(MetricNames.ServiceRunningTasks, service.RunningCount, "Count", dimensions);
            telemetry.Metric(MetricNames.ServicePendingTasks, service.PendingCount, "Count", dimensions);
            telemetry.Metric(MetricNames.ServiceDesiredTasks, service.DesiredCount, "Count", dimensions);
        }

        foreach (var spread in measurement.Services)
        {
            MetricDimension[] dimensions = [new("ClusterName", clusterName), new("ServiceName", spread.Service)];
            telemetry.Metric(MetricNames.ServiceInstanceSpread, spread.InstanceSpread, "Count", dimensions);
            telemetry.Metric(MetricNames.ServiceZoneSpread, spread.ZoneSpread, "Count", dimensions);
        }

        telemetry.Log(LogLevel.Info, "cluster metrics published", ("cluster", snapshot.Cluster), ("imbalanceScore", measurement.ImbalanceScore), ("cpuImbalance", measurement.CpuImbalance),
            ("cpuReservationPercent", measurement.CpuReservationPercent), ("capacityReservationPercent", measurement.CapacityReservationPercent), ("activeInstances", active), ("services", snapshot.Services.Count));
        return new ClusterMetricsReport(snapshot.Cluster, measurement.ImbalanceScore, measurement.CpuReservationPercent, measurement.MemoryReservationPercent,
            active, measurement.DrainingInstances, measurement.EmptyInstances, snapshot.Services.Count, null);
    }
}

using EcsScaling.Core.Metrics;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.Metrics;

public class ClusterMeasurerTests
{
    [Fact]
    public void Measures_instances_zones_services_and_the_score()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a", "us-east-1a");
        cluster.Instance("i-b", "us-east-1b");
        cluster.Instance("i-c", "us-east-1b");
        cluster.Instance("i-d", "us-east-1a", status: ContainerInstanceStatus.Draining);
        cluster.Service("web", 4, 50, 200, ClusterBuilder.SpreadInstance);
        cluster.Tasks("web", "i-a", 3, cpu: 1024);
        cluster.Task("web", "i-b", 1024, EcsTaskStatus.Pending);

        var measurement = ClusterMeasurer.Measure(cluster.Snapshot());

        Assert.Equal(3, measurement.Instances.Single(i => i.Ec2InstanceId == "i-a").Tasks);
        Assert.Equal(0.75, measurement.Instances.Single(i => i.Ec2InstanceId == "i-a").CpuFraction, 9);
        Assert.Equal(1, measurement.DrainingInstances);
        Assert.Equal(1, measurement.EmptyInstances);
        // Four web tasks over three ACTIVE instances want 2-1-1: one of the three on i-a is misplaced.
        Assert.Equal(0.25, measurement.ImbalanceScore!.Value, 9);
        Assert.Equal(CpuImbalance.Of([0.75, 0.25, 0]), measurement.CpuImbalance, 9);
        Assert.Equal(100.0 * 4096 / (4 * 4096), measurement.CpuReservationPercent, 9);
        Assert.Equal(CapacityReservation.Of(cluster.Snapshot()), measurement.CapacityReservationPercent);
        var web = Assert.Single(measurement.Services);
        Assert.Equal((3, 1), (web.Running, web.Pending));
        Assert.Equal(3, web.InstanceSpread);
        Assert.Equal(2, web.ZoneSpread);
        Assert.Equal(["us-east-1a", "us-east-1b"], measurement.Zones.Select(z => z.AvailabilityZone));
    }

    [Fact]
    public void Without_tasks_it_uses_the_instance_counts_and_skips_service_spread()
    {
        var cluster = new ClusterBuilder();
        var instance = cluster.Instance("i-a");
        var snapshot = cluster.Snapshot() with
        {
            Instances = [instance with { RunningTasksCount = 5, PendingTasksCount = 1 }],
            TasksLoaded = false,
        };

        var measurement = ClusterMeasurer.Measure(snapshot);

        Assert.Equal(6, Assert.Single(measurement.Instances).Tasks);
        Assert.Empty(measurement.Services);
        Assert.Equal(0, measurement.EmptyInstances);
        Assert.Null(measurement.ImbalanceScore);
        Assert.Null(measurement.CapacityReservationPercent);
    }
}

using EcsScaling.Core.Model;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Load;

/// <summary>
/// The one-minute metrics ECS publishes in AWS/ECS
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html): per service
/// CPUUtilization and MemoryUtilization (used ÷ reserved by its tasks; no datapoint while it has no
/// RUNNING task), per cluster CPUReservation and MemoryReservation (reserved by tasks ÷ registered, over
/// ACTIVE container instances) and CPUUtilization/MemoryUtilization (used ÷ registered, same instances).
/// </summary>
public static class EcsMetrics
{
    public const string Namespace = "AWS/ECS";

    /// <summary>Reserved ÷ registered over ACTIVE container instances, in percent; null with no ACTIVE instance (no datapoint).</summary>
    public static (double Cpu, double Memory)? Reservation(SimCluster cluster)
    {
        var active = cluster.Instances.Values.Where(i => i.Status == ContainerInstanceStatus.Active).ToList();
        var registered = active.Aggregate(Resources.Zero, (sum, i) => sum + i.Registered);
        if (registered.Cpu == 0 || registered.MemoryMiB == 0)
        {
            return null;
        }

        var reserved = active.Aggregate(Resources.Zero, (sum, i) => sum + i.Reserved);
        return (100.0 * reserved.Cpu / registered.Cpu, 100.0 * reserved.MemoryMiB / registered.MemoryMiB);
    }

    public static void Publish(CloudWatchModel cloudWatch, SimCluster cluster, LoadSnapshot load, DateTimeOffset at)
    {
        MetricDimension clusterName = new("ClusterName", cluster.Name);
        var data = new List<MetricDatum>();
        foreach (var usage in load.Services.Values.Where(u => u.RunningTasks > 0))
        {
            MetricDimension[] dimensions = [clusterName, new("ServiceName", usage.Service)];
            data.Add(new MetricDatum("CPUUtilization", usage.CpuUtilization, "Percent", dimensions, at));
            data.Add(new MetricDatum("MemoryUtilization", usage.MemoryUtilization, "Percent", dimensions, at));
        }

        if (Reservation(cluster) is { } reservation)
        {
            var active = cluster.Instances.Values.Where(i => i.Status == ContainerInstanceStatus.Active).ToList();
            var memoryUsed = load.Services.Values.Sum(u => u.MemoryUsed) - (cluster.FargateCapacity is null ? 0 : FargateMemory(cluster, load));
            data.Add(new MetricDatum("CPUReservation", reservation.Cpu, "Percent", [clusterName], at));
            data.Add(new MetricDatum("MemoryReservation", reservation.Memory, "Percent", [clusterName], at));
            data.Add(new MetricDatum("CPUUtilization", 100 * load.ActiveInstanceCpuUsed / active.Sum(i => i.Registered.Cpu), "Percent", [clusterName], at));
            data.Add(new MetricDatum("MemoryUtilization", 100 * Math.Max(0, memoryUsed) / active.Sum(i => i.Registered.MemoryMiB), "Percent", [clusterName], at));
        }

        cloudWatch.PutMetricData(Namespace, data);
    }

    private static double FargateMemory(SimCluster cluster, LoadSnapshot load) =>
        cluster.Services.Values.Where(s => s.IsFargate).Sum(s => load.Services[s.Name].MemoryUsed);
}

using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>Metrics a scenario publishes the way our functions or AWS/ECS would.</summary>
public static class ClusterMetrics
{
    public const string Namespace = "EcsScaling";
    public const string TaskImbalance = "TaskImbalance";

    /// <summary>Spread of active tasks over ACTIVE instances: (max − min) / mean, 0 when perfectly even.</summary>
    public static double Imbalance(Simulator sim, string clusterName)
    {
        var counts = sim.Ecs.Clusters[clusterName].Instances.Values
            .Where(i => i.Status == ContainerInstanceStatus.Active).Select(i => i.Tasks.Count(t => t.IsActive)).ToList();
        return counts.Count == 0 || counts.Average() == 0 ? 0 : Math.Round((counts.Max() - counts.Min()) / counts.Average(), 3);
    }

    /// <summary>CPUReservation as AWS/ECS reports it: reserved / registered CPU of ACTIVE instances, in percent.</summary>
    public static double CpuReservation(Simulator sim, string clusterName)
    {
        var active = sim.Ecs.Clusters[clusterName].Instances.Values.Where(i => i.Status == ContainerInstanceStatus.Active).ToList();
        var registered = active.Sum(i => i.Registered.Cpu);
        return registered == 0 ? 0 : Math.Round(100.0 * active.Sum(i => i.Reserved.Cpu) / registered, 1);
    }

    public static void PublishImbalance(Simulator sim, string clusterName) =>
        sim.CloudWatch.PutMetricData(Namespace, [new MetricDatum(TaskImbalance, Imbalance(sim, clusterName), "None", [new("ClusterName", clusterName)], sim.Clock.GetUtcNow())]);

    public static void PublishCpuReservation(Simulator sim, string clusterName, double? overrideValue = null) =>
        sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", overrideValue ?? CpuReservation(sim, clusterName), "Percent", [new("ClusterName", clusterName)], sim.Clock.GetUtcNow())]);
}

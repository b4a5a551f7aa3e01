using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Gateways;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>Metrics a scenario publishes the way our functions or AWS/ECS would.</summary>
public static class ScenarioMetrics
{
    public const string Namespace = "EcsScaling";

    /// <summary>
    /// Our imbalance score (fraction of tasks misplaced for their service's strategy) as the
    /// cluster-metrics function computes it, read through a gateway without faults or throttling:
    /// a metric the scenario publishes must not fail.
    /// </summary>
    public static double ImbalanceScore(Simulator sim, string clusterName)
    {
        var ecs = new SimEcsGateway(sim.Ecs, new SimulatedApi(sim.Clock, new Random(0), new FaultOptions(), sim.Ids));
        var snapshot = sim.Run(() => new ClusterReader(ecs, sim.Clock).ReadAsync(clusterName, includeTasks: true, CancellationToken.None));
        return Math.Round(Core.Metrics.ImbalanceScore.Of(snapshot), 3);
    }

    /// <summary>CPUReservation as AWS/ECS reports it: reserved / registered CPU of ACTIVE instances, in percent.</summary>
    public static double CpuReservation(Simulator sim, string clusterName) =>
        Math.Round(EcsMetrics.Reservation(sim.Ecs.Clusters[clusterName])?.Cpu ?? 0, 1);

    public static void PublishImbalanceScore(Simulator sim, string clusterName) =>
        sim.CloudWatch.PutMetricData(Namespace, [new MetricDatum(MetricNames.ImbalanceScore, ImbalanceScore(sim, clusterName), "None", [new("ClusterName", clusterName)], sim.Clock.GetUtcNow())]);

    public static void PublishCpuReservation(Simulator sim, string clusterName, double? overrideValue = null) =>
        sim.CloudWatch.PutMetricData("AWS/ECS", [new MetricDatum("CPUReservation", overrideValue ?? CpuReservation(sim, clusterName), "Percent", [new("ClusterName", clusterName)], sim.Clock.GetUtcNow())]);
}

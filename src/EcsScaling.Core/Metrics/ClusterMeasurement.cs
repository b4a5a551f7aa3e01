using EcsScaling.Core.Model;

namespace EcsScaling.Core.Metrics;

public sealed record InstanceLoad(
    string ContainerInstanceArn,
    string Ec2InstanceId,
    string? AvailabilityZone,
    ContainerInstanceStatus Status,
    int Tasks,
    Resources Registered,
    Resources Reserved)
{
    public double CpuFraction => Registered.Cpu > 0 ? (double)Reserved.Cpu / Registered.Cpu : 0;
}

public sealed record ZoneLoad(string AvailabilityZone, int ActiveInstances, int Tasks, Resources Registered, Resources Reserved);

/// <summary>How one service's tasks sit on ACTIVE instances and their zones; Spread values are max − min task counts (0 or 1 is even).</summary>
public sealed record ServiceSpread(
    string Service,
    int Desired,
    int Running,
    int Pending,
    IReadOnlyDictionary<string, int> TasksPerZone,
    int InstanceSpread,
    int ZoneSpread);

/// <summary>
/// A measured cluster: per instance, per zone, per service; the imbalance score (fraction of tasks
/// misplaced for their service's strategy; null when the tasks were not read) and the CPU imbalance
/// (coefficient of variation of CPU reserved across ACTIVE instances); the capacity reservation (instances
/// needed ÷ instances there × 100, see <see cref="CapacityReservation"/>; null when the tasks were not read).
/// </summary>
public sealed record ClusterMeasurement(
    string Cluster,
    IReadOnlyList<InstanceLoad> Instances,
    IReadOnlyList<ZoneLoad> Zones,
    IReadOnlyList<ServiceSpread> Services,
    double? ImbalanceScore,
    double CpuImbalance,
    double CpuReservationPercent,
    double MemoryReservationPercent,
    int DrainingInstances,
    int EmptyInstances,
    double? CapacityReservationPercent);

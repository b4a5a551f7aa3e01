namespace EcsScaling.Core.Metrics;

/// <summary>Metric names we publish (our own namespace; AWS/ECS keeps its own CPUReservation).</summary>
public static class MetricNames
{
    public const string CpuReservation = "CpuReservation";
    public const string MemoryReservation = "MemoryReservation";
    /// <summary>Fraction of tasks misplaced for their service's strategy (0–1): what the rebalance alarm watches.</summary>
    public const string ImbalanceScore = "ImbalanceScore";

    /// <summary>Coefficient of variation of CPU reserved across ACTIVE instances.</summary>
    public const string CpuImbalance = "CpuImbalance";
    /// <summary>Instances needed (busy ones plus enough for the tasks not placed) ÷ instances there × 100: what a group's target tracking at 100 follows.</summary>
    public const string CapacityReservation = "CapacityReservation";
    public const string ActiveInstances = "ActiveInstances";
    public const string DrainingInstances = "DrainingInstances";
    public const string EmptyInstances = "EmptyInstances";
    public const string ServiceRunningTasks = "ServiceRunningTasks";
    public const string ServicePendingTasks = "ServicePendingTasks";
    public const string ServiceDesiredTasks = "ServiceDesiredTasks";
    public const string ServiceInstanceSpread = "ServiceInstanceSpread";
    public const string ServiceZoneSpread = "ServiceZoneSpread";
}

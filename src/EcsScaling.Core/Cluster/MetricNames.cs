namespace EcsScaling.Core.Clusters;

/// <summary>Metric names we publish (our own namespace; AWS/ECS keeps its own CPUReservation).</summary>
public static class MetricNames
{
    public const string CpuReservation = "CpuReservation";
    public const string MemoryReservation = "MemoryReservation";
    public const string ImbalanceScore = "ImbalanceScore";
    public const string ActiveInstances = "ActiveInstances";
    public const string DrainingInstances = "DrainingInstances";
    public const string EmptyInstances = "EmptyInstances";
    public const string ServiceRunningTasks = "ServiceRunningTasks";
    public const string ServicePendingTasks = "ServicePendingTasks";
    public const string ServiceDesiredTasks = "ServiceDesiredTasks";
    public const string ServiceInstanceSpread = "ServiceInstanceSpread";
    public const string ServiceZoneSpread = "ServiceZoneSpread";
}

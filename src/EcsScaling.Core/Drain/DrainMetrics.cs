namespace EcsScaling.Core.Drain;

/// <summary>Metric names the drain capability emits through ITelemetry.Metric (dimension: AutoScalingGroupName).</summary>
public static class DrainMetrics
{
    public const string DrainDuration = "DrainDuration";
    public const string TasksStoppedByUs = "TasksStoppedByUs";
    public const string DrainsForced = "DrainsForced";
    public const string HeartbeatsSent = "HeartbeatsSent";
    public const string LifecycleActionsCompleted = "LifecycleActionsCompleted";
    public const string GroupDimension = "AutoScalingGroupName";
}

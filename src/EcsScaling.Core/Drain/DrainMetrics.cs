namespace EcsScaling.Core.Drain;

/// <summary>Metric names the drain capability emits through ITelemetry.Metric (dimension: AutoScalingGroupName).</summary>
public static class DrainMetrics
{
    public const string DrainDuration = "DrainDuration";
    public const string TasksStoppedByUs = "TasksStoppedByUs";
    public const string DrainsForced = "DrainsForced";
    public const string HeartbeatsSent = "HeartbeatsSent";
    public const string LifecycleActionsCompleted = "LifecycleActionsCompleted";

    /// <summary>A drain abandoned at its abandon bound on a group that retains abandoned instances: the instance is kept for a person.</summary>
    public const string DrainsRetained = "DrainsRetained";

    /// <summary>A drain abandoned at its abandon bound on a group without a retention policy (asked for anyway): the instance is terminated.</summary>
    public const string DrainsAbandoned = "DrainsAbandoned";

    /// <summary>A drain step that failed (an AWS call, a planning read, or a job refused because ECS owns it): dimensions group and step.</summary>
    public const string StepsFailed = "DrainStepsFailed";
    public const string GroupDimension = "AutoScalingGroupName";
    public const string StepDimension = "Step";
}

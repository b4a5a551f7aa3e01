namespace EcsScaling.Core.Model;

/// <summary>ECS task status values (lastStatus / desiredStatus).</summary>
public static class EcsTaskStatus
{
    public const string Provisioning = "PROVISIONING";
    public const string Pending = "PENDING";
    public const string Activating = "ACTIVATING";
    public const string Running = "RUNNING";
    public const string Deactivating = "DEACTIVATING";
    public const string Stopping = "STOPPING";
    public const string Deprovisioning = "DEPROVISIONING";
    public const string Stopped = "STOPPED";
}

/// <summary>Where a task can be reached: a host port (bridge/host mode) or an ENI address (awsvpc).</summary>
public sealed record TaskEndpoint(string? PrivateIp, int? HostPort, int? ContainerPort, string? ContainerName);

public sealed record EcsTask(
    string Arn,
    string ClusterArn,
    string? ContainerInstanceArn,
    string TaskDefinitionArn,
    string Group,
    string LastStatus,
    string DesiredStatus,
    string? StartedBy,
    string? LaunchType,
    Resources Reserved,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    string? StopCode,
    string? StoppedReason,
    string? AvailabilityZone,
    IReadOnlyList<TaskEndpoint> Endpoints)
{
    private const string ServiceGroupPrefix = "service:";

    /// <summary>The service that owns the task, or null for a standalone task (group "family:…").</summary>
    public string? ServiceName => Group.StartsWith(ServiceGroupPrefix, StringComparison.Ordinal) ? Group[ServiceGroupPrefix.Length..] : null;

    public bool IsStopped => LastStatus == EcsTaskStatus.Stopped;
}

using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

public sealed class SimTask(string arn, SimContainerInstance instance, SimTaskDefinition definition, SimService? service, string group, string? startedBy, DateTimeOffset createdAt)
{
    public string Arn => arn;

    public SimContainerInstance Instance => instance;

    public SimTaskDefinition Definition => definition;

    /// <summary>Null for a standalone task (RunTask), which DRAINING never stops.</summary>
    public SimService? Service => service;

    public string Group => group;

    public string? StartedBy => startedBy;

    public DateTimeOffset CreatedAt => createdAt;

    public string LastStatus { get; set; } = EcsTaskStatus.Provisioning;

    public string DesiredStatus { get; set; } = EcsTaskStatus.Running;

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? StoppingAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public string? StopCode { get; set; }

    public string? StoppedReason { get; set; }

    public long Version { get; set; } = 1;

    public int Deployment { get; init; }

    public int? HostPort { get; init; }

    public string PrivateIp { get; init; } = "10.0.0.1";

    /// <summary>Task scale-in protection expiry (ECS UpdateTaskProtection, 2 h default).</summary>
    public DateTimeOffset? ProtectedUntil { get; set; }

    public bool IsActive => DesiredStatus == EcsTaskStatus.Running;

    public bool IsStopped => LastStatus == EcsTaskStatus.Stopped;

    public bool IsDaemon => service?.IsDaemon == true;

    public EcsTask ToModel() => new(
        arn, instance.Cluster.Arn, instance.IsFargate ? null : instance.Arn, definition.Arn, group, LastStatus, DesiredStatus, startedBy, instance.IsFargate ? "FARGATE" : "EC2", definition.Reserved,
        createdAt, StartedAt, StoppedAt, StopCode, StoppedReason, instance.AvailabilityZone,
        [new TaskEndpoint(definition.NetworkMode == "awsvpc" ? PrivateIp : instance.PrivateIp, HostPort, definition.ContainerPort, definition.ContainerName)]);
}

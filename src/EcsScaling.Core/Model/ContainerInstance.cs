namespace EcsScaling.Core.Model;

public enum ContainerInstanceStatus
{
    Registering,
    Active,
    Draining,
    Deregistering,
    Inactive,
    RegistrationFailed,
}

/// <summary>An EC2 instance registered in an ECS cluster.</summary>
public sealed record ContainerInstance(
    string Arn,
    string ClusterArn,
    string Ec2InstanceId,
    ContainerInstanceStatus Status,
    bool AgentConnected,
    Resources Registered,
    Resources Remaining,
    int RunningTasksCount,
    int PendingTasksCount,
    IReadOnlyDictionary<string, string?> Attributes,
    DateTimeOffset? RegisteredAt)
{
    public const string AvailabilityZoneAttribute = "ecs.availability-zone";

    public string? AvailabilityZone => Attributes.TryGetValue(AvailabilityZoneAttribute, out var az) ? az : null;

    public Resources Reserved => Registered - Remaining;
}

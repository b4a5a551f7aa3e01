using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

public sealed class SimContainerInstance(SimCluster cluster, string arn, string ec2InstanceId, string availabilityZone, Resources registered, DateTimeOffset registeredAt)
{
    private int _nextHostPort = 32768;

    public SimCluster Cluster => cluster;

    public string Arn => arn;

    public string Ec2InstanceId => ec2InstanceId;

    public string AvailabilityZone => availabilityZone;

    public Resources Registered => registered;

    public DateTimeOffset RegisteredAt => registeredAt;

    /// <summary>Held by every task from placement until it is STOPPED.</summary>
    public Resources Reserved { get; set; }

    public Resources Remaining => registered - Reserved;

    public ContainerInstanceStatus Status { get; set; } = ContainerInstanceStatus.Active;

    public bool AgentConnected { get; set; } = true;

    public long Version { get; set; } = 1;

    public string PrivateIp { get; init; } = "10.0.0.1";

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Tasks placed here and not yet STOPPED.</summary>
    public HashSet<SimTask> Tasks { get; } = [];

    /// <summary>The cluster's Fargate capacity: not an instance anyone sees, only where Fargate tasks are held.</summary>
    public bool IsFargate { get; init; }

    public bool IsPlaceable => Status == ContainerInstanceStatus.Active && AgentConnected;

    /// <summary>"The number of tasks on the container instance that have a desired status (desiredStatus) of RUNNING" (ContainerInstance, ECS API reference).</summary>
    public int RunningTasksCount => Tasks.Count(t => t.DesiredStatus == EcsTaskStatus.Running);

    /// <summary>"The number of tasks on the container instance that are in the PENDING status" (ECS API reference; PROVISIONING precedes it).</summary>
    public int PendingTasksCount => Tasks.Count(t => t.LastStatus is EcsTaskStatus.Provisioning or EcsTaskStatus.Pending);

    /// <summary>Bridge-mode dynamic host ports come from the ephemeral range 32768–60999 (Linux default).</summary>
    public int AllocateHostPort() => _nextHostPort < 60999 ? _nextHostPort++ : _nextHostPort = 32768;

    public ContainerInstance ToModel() => new(
        arn, cluster.Arn, ec2InstanceId, Status, AgentConnected, registered, Remaining, RunningTasksCount, PendingTasksCount,
        new Dictionary<string, string?>(Attributes, StringComparer.Ordinal), registeredAt);
}

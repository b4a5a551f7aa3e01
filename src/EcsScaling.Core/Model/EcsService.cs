namespace EcsScaling.Core.Model;

public static class SchedulingStrategy
{
    public const string Replica = "REPLICA";
    public const string Daemon = "DAEMON";
}

/// <summary>type: binpack | spread | random; field: cpu, memory, instanceId, attribute:…</summary>
public sealed record PlacementStrategy(string Type, string? Field);

/// <summary>type: distinctInstance | memberOf; expression for memberOf.</summary>
public sealed record PlacementConstraint(string Type, string? Expression)
{
    public const string DistinctInstance = "distinctInstance";

    /// <summary>Keeps the service's tasks on different instances.</summary>
    public bool IsDistinctInstance => string.Equals(Type, DistinctInstance, StringComparison.OrdinalIgnoreCase);
}

public sealed record ServiceLoadBalancer(string? TargetGroupArn, string? ContainerName, int? ContainerPort);

public sealed record EcsService(
    string Arn,
    string Name,
    string ClusterArn,
    string SchedulingStrategy,
    int DesiredCount,
    int RunningCount,
    int PendingCount,
    int MinimumHealthyPercent,
    int MaximumPercent,
    string TaskDefinitionArn,
    IReadOnlyList<PlacementStrategy> PlacementStrategies,
    IReadOnlyList<PlacementConstraint> PlacementConstraints,
    IReadOnlyList<ServiceLoadBalancer> LoadBalancers,
    int ActiveDeployments,
    IReadOnlyDictionary<string, string> Tags)
{
    public bool IsDaemon => SchedulingStrategy == Model.SchedulingStrategy.Daemon;

    /// <summary>More than one deployment (PRIMARY plus ACTIVE ones) means a rollout is in progress.</summary>
    public bool IsDeploying => ActiveDeployments > 1;
}

public sealed record Cluster(string Arn, string Name, string Status, int RegisteredContainerInstances, int RunningTasks, int PendingTasks, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The names of the capacity providers associated with the cluster.</summary>
    public IReadOnlyList<string> CapacityProviders { get; init; } = [];
}

namespace EcsScaling.Aws.Ecs;

// ECS wire shapes (camelCase JSON): only the members we read or send.
public sealed record EcsTag(string? Key, string? Value);

public sealed record EcsFailure(string? Arn, string? Reason, string? Detail);

public sealed record EcsResource(string? Name, string? Type, int? IntegerValue, double? DoubleValue, long? LongValue);

public sealed record EcsAttribute(string Name, string? Value = null, string? TargetType = null, string? TargetId = null);

public sealed record EcsCluster(
    string? ClusterArn,
    string? ClusterName,
    string? Status,
    int RegisteredContainerInstancesCount,
    int RunningTasksCount,
    int PendingTasksCount,
    List<EcsTag>? Tags);

public sealed record EcsContainerInstance(
    string? ContainerInstanceArn,
    string? Ec2InstanceId,
    string? Status,
    bool AgentConnected,
    List<EcsResource>? RegisteredResources,
    List<EcsResource>? RemainingResources,
    int RunningTasksCount,
    int PendingTasksCount,
    List<EcsAttribute>? Attributes,
    double? RegisteredAt);

public sealed record EcsNetworkBinding(string? BindIP, int? ContainerPort, int? HostPort);

public sealed record EcsNetworkInterface(string? PrivateIpv4Address);

public sealed record EcsContainer(string? Name, List<EcsNetworkBinding>? NetworkBindings, List<EcsNetworkInterface>? NetworkInterfaces);

public sealed record EcsTaskShape(
    string? TaskArn,
    string? ClusterArn,
    string? ContainerInstanceArn,
    string? TaskDefinitionArn,
    string? Group,
    string? LastStatus,
    string? DesiredStatus,
    string? StartedBy,
    string? LaunchType,
    string? Cpu,
    string? Memory,
    double? CreatedAt,
    double? StartedAt,
    double? StoppedAt,
    string? StopCode,
    string? StoppedReason,
    string? AvailabilityZone,
    List<EcsContainer>? Containers);

public sealed record EcsProtectedTask(string? TaskArn, bool ProtectionEnabled);

public sealed record EcsDeploymentConfiguration(int? MinimumHealthyPercent, int? MaximumPercent);

public sealed record EcsPlacementStrategy(string? Type, string? Field);

public sealed record EcsPlacementConstraint(string? Type, string? Expression);

public sealed record EcsLoadBalancer(string? TargetGroupArn, string? ContainerName, int? ContainerPort);

public sealed record EcsDeployment(string? Id, string? Status);

public sealed record EcsServiceShape(
    string? ServiceArn,
    string? ServiceName,
    string? ClusterArn,
    string? SchedulingStrategy,
    int DesiredCount,
    int RunningCount,
    int PendingCount,
    EcsDeploymentConfiguration? DeploymentConfiguration,
    string? TaskDefinition,
    List<EcsPlacementStrategy>? PlacementStrategy,
    List<EcsPlacementConstraint>? PlacementConstraints,
    List<EcsLoadBalancer>? LoadBalancers,
    List<EcsDeployment>? Deployments,
    List<EcsTag>? Tags);

using EcsScaling.Core.Model;

namespace EcsScaling.Core.Events;

public enum EventTransport
{
    EventBridge,
    Sns,
    Sqs,
    Manual,
}

/// <summary>Where an event came from; Region is a region code (SNS alarm deliveries carry a display name, so it is taken from the ARN).</summary>
public sealed record EventOrigin(EventTransport Transport, string Source, string? Id, DateTimeOffset? Time, string? Region, string? Account);

/// <summary>
/// Every event source (EventBridge, SNS, SQS, manual JSON) is normalised into one of these types,
/// one per meaning, before Core sees it.
/// </summary>
public abstract record ScalingEvent(EventOrigin Origin);

/// <summary>EC2 Auto Scaling lifecycle action (launch or terminate), from EventBridge or SNS.</summary>
public sealed record LifecycleActionEvent(
    EventOrigin Origin,
    LifecycleTransition Transition,
    LifecycleActionRef Action,
    string? NotificationMetadata,
    string? OriginState,
    string? Destination) : ScalingEvent(Origin);

/// <summary>autoscaling:TEST_NOTIFICATION, sent when a hook's SNS target is configured: a no-op.</summary>
public sealed record AutoScalingTestNotification(EventOrigin Origin, string? GroupName) : ScalingEvent(Origin);

public sealed record ContainerInstanceStateChanged(
    EventOrigin Origin,
    string ClusterArn,
    string ContainerInstanceArn,
    string? Ec2InstanceId,
    ContainerInstanceStatus? Status,
    bool? AgentConnected,
    int? RunningTasksCount) : ScalingEvent(Origin)
{
    /// <summary>CPU and memory registered, when the event carries them.</summary>
    public Resources? RegisteredResources { get; init; }

    /// <summary>CPU and memory not reserved by tasks; tasks hold their reservation until STOPPED.</summary>
    public Resources? RemainingResources { get; init; }

    /// <summary>The instance's attributes (custom ones included) when the event carries them; a null value is a name-only attribute.</summary>
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public sealed record TaskStateChanged(
    EventOrigin Origin,
    string ClusterArn,
    string TaskArn,
    string? ContainerInstanceArn,
    string LastStatus,
    string? DesiredStatus,
    string? Group,
    string? StartedBy,
    string? StopCode) : ScalingEvent(Origin);

public sealed record ServiceActionEvent(EventOrigin Origin, string ClusterArn, string? ServiceArn, string? EventType, string EventName) : ScalingEvent(Origin);

/// <summary>CloudWatch alarm state change; State is OK | ALARM | INSUFFICIENT_DATA.</summary>
public sealed record AlarmStateChanged(
    EventOrigin Origin,
    string AlarmName,
    string? AlarmArn,
    string State,
    string? PreviousState,
    string? Reason,
    DateTimeOffset? StateChangedAt) : ScalingEvent(Origin);

/// <summary>EC2 Spot Instance Interruption Warning: two minutes, cannot be extended.</summary>
public sealed record SpotInterruptionWarning(EventOrigin Origin, string InstanceId, string? InstanceAction) : ScalingEvent(Origin);

public sealed record RebalanceRecommendation(EventOrigin Origin, string InstanceId) : ScalingEvent(Origin);

/// <summary>An EventBridge schedule ("Scheduled Event" from aws.events).</summary>
public sealed record ScheduledTick(EventOrigin Origin) : ScalingEvent(Origin);

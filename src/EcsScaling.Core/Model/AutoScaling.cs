namespace EcsScaling.Core.Model;

public enum LifecycleTransition
{
    Launching,
    Terminating,
}

public enum LifecycleResult
{
    Continue,
    Abandon,
}

/// <summary>Identifies one pending lifecycle action; the token is optional (the instance id suffices).</summary>
public sealed record LifecycleActionRef(string GroupName, string HookName, string InstanceId, string? Token);

public sealed record LifecycleHook(
    string GroupName,
    string HookName,
    LifecycleTransition Transition,
    TimeSpan HeartbeatTimeout,
    TimeSpan GlobalTimeout,
    LifecycleResult DefaultResult,
    string? NotificationMetadata);

/// <summary>One instance of an Auto Scaling group. LifecycleState as AWS spells it (InService, Terminating:Wait…).</summary>
public sealed record AutoScalingInstance(
    string InstanceId,
    string GroupName,
    string LifecycleState,
    string? AvailabilityZone,
    bool ProtectedFromScaleIn,
    string? HealthStatus);

public sealed record AutoScalingGroup(
    string Name,
    string Arn,
    int MinSize,
    int MaxSize,
    int DesiredCapacity,
    IReadOnlyList<AutoScalingInstance> Instances,
    bool NewInstancesProtectedFromScaleIn,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>Capacity Rebalancing: on a rebalance recommendation the group launches a replacement, then terminates the at-risk instance (through its terminate hooks).</summary>
    public bool CapacityRebalance { get; init; }

    /// <summary>
    /// Its instance lifecycle policy retains an instance whose terminate hook is abandoned
    /// (InstanceLifecyclePolicy.RetentionTriggers.TerminateHookAbandon = retain): ABANDON, explicit or by a
    /// hook's timeout, moves the instance to Terminating:Retained instead of terminating it; it no longer counts
    /// toward the desired capacity and stays until TerminateInstanceInAutoScalingGroup
    /// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/instance-lifecycle-policy.html).
    /// </summary>
    public bool RetainsAbandonedInstances { get; init; }
}

public enum LifecycleCompletion
{
    Completed,

    /// <summary>AWS answered ValidationError: no active action for this instance (finished or timed out).</summary>
    AlreadyFinished,
}

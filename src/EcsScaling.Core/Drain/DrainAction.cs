using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

public enum DrainActionKind
{
    SetDraining,
    SetActive,
    PutAttributes,
    DeleteAttributes,
    StopTask,
    Heartbeat,
    CompleteLifecycleAction,
    SetScaleInProtection,
}

/// <summary>
/// One mutating AWS call a decision wants, as plain data so that a dry run can print it and the
/// executor can apply it: one sealed type per call, holding exactly what the call needs. Target is
/// the container instance ARN, task ARN, EC2 instance id or group name acted on.
/// </summary>
public abstract record DrainAction(string Target)
{
    public abstract DrainActionKind Kind { get; }

    public static SetDrainingAction SetDraining(ContainerInstance instance) => new(instance.Arn, instance.ClusterArn);

    public static SetActiveAction SetActive(ContainerInstance instance) => new(instance.Arn, instance.ClusterArn);

    public static PutAttributesAction PutAttributes(ContainerInstance instance, IReadOnlyDictionary<string, string> attributes) => new(instance.Arn, instance.ClusterArn, attributes);

    public static DeleteAttributesAction DeleteAttributes(ContainerInstance instance, IReadOnlyList<string> names) => new(instance.Arn, instance.ClusterArn, names);

    public static StopTaskAction StopTask(EcsTask task, string reason) => new(task.Arn, task.ClusterArn, reason);

    public static HeartbeatAction Heartbeat(LifecycleActionRef action) => new(action.GroupName, action.HookName, action.InstanceId);

    /// <summary>The token is not kept: CompleteLifecycleAction accepts the instance id instead, so a plan can be replayed.</summary>
    public static CompleteLifecycleAction Complete(LifecycleActionRef action, LifecycleResult result) => new(action.GroupName, action.HookName, action.InstanceId, result);

    public static SetScaleInProtectionAction SetProtection(string groupName, IReadOnlyList<string> instanceIds, bool protect) => new(groupName, instanceIds, protect);
}

/// <summary>An ECS call on a container instance or a task of a cluster.</summary>
public abstract record EcsDrainAction(string Target, string Cluster) : DrainAction(Target);

public sealed record SetDrainingAction(string Target, string Cluster) : EcsDrainAction(Target, Cluster)
{
    public override DrainActionKind Kind => DrainActionKind.SetDraining;
}

public sealed record SetActiveAction(string Target, string Cluster) : EcsDrainAction(Target, Cluster)
{
    public override DrainActionKind Kind => DrainActionKind.SetActive;
}

public sealed record PutAttributesAction(string Target, string Cluster, IReadOnlyDictionary<string, string> Attributes) : EcsDrainAction(Target, Cluster)
{
    public override DrainActionKind Kind => DrainActionKind.PutAttributes;
}

public sealed record DeleteAttributesAction(string Target, string Cluster, IReadOnlyList<string> Names) : EcsDrainAction(Target, Cluster)
{
    public override DrainActionKind Kind => DrainActionKind.DeleteAttributes;
}

public sealed record StopTaskAction(string Target, string Cluster, string Reason) : EcsDrainAction(Target, Cluster)
{
    public override DrainActionKind Kind => DrainActionKind.StopTask;
}

/// <summary>An Auto Scaling call on one instance's pending lifecycle action, named by the instance id (no token).</summary>
public abstract record LifecycleDrainAction(string GroupName, string HookName, string InstanceId) : DrainAction(InstanceId)
{
    public LifecycleActionRef LifecycleAction => new(GroupName, HookName, InstanceId, Token: null);
}

public sealed record HeartbeatAction(string GroupName, string HookName, string InstanceId) : LifecycleDrainAction(GroupName, HookName, InstanceId)
{
    public override DrainActionKind Kind => DrainActionKind.Heartbeat;
}

public sealed record CompleteLifecycleAction(string GroupName, string HookName, string InstanceId, LifecycleResult Result) : LifecycleDrainAction(GroupName, HookName, InstanceId)
{
    public override DrainActionKind Kind => DrainActionKind.CompleteLifecycleAction;
}

public sealed record SetScaleInProtectionAction(string GroupName, IReadOnlyList<string> InstanceIds, bool Protect) : DrainAction(GroupName)
{
    public override DrainActionKind Kind => DrainActionKind.SetScaleInProtection;
}

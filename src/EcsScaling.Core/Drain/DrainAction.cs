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
/// executor can apply it. Target is the container instance ARN, task ARN or EC2 instance id acted on.
/// </summary>
public sealed record DrainAction(
    DrainActionKind Kind,
    string Target,
    string? Cluster = null,
    string? GroupName = null,
    string? HookName = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    IReadOnlyList<string>? Names = null,
    LifecycleResult? Result = null,
    string? Reason = null,
    bool? Protect = null)
{
    public static DrainAction SetDraining(ContainerInstance instance) => new(DrainActionKind.SetDraining, instance.Arn, instance.ClusterArn);

    public static DrainAction SetActive(ContainerInstance instance) => new(DrainActionKind.SetActive, instance.Arn, instance.ClusterArn);

    public static DrainAction PutAttributes(ContainerInstance instance, IReadOnlyDictionary<string, string> attributes) =>
        new(DrainActionKind.PutAttributes, instance.Arn, instance.ClusterArn, Attributes: attributes);

    public static DrainAction DeleteAttributes(ContainerInstance instance, IReadOnlyList<string> names) =>
        new(DrainActionKind.DeleteAttributes, instance.Arn, instance.ClusterArn, Names: names);

    public static DrainAction StopTask(EcsTask task, string reason) => new(DrainActionKind.StopTask, task.Arn, task.ClusterArn, Reason: reason);

    public static DrainAction Heartbeat(LifecycleActionRef action) =>
        new(DrainActionKind.Heartbeat, action.InstanceId, GroupName: action.GroupName, HookName: action.HookName);

    /// <summary>The token is not kept: CompleteLifecycleAction accepts the instance id instead, so a plan can be replayed.</summary>
    public static DrainAction Complete(LifecycleActionRef action, LifecycleResult result) =>
        new(DrainActionKind.CompleteLifecycleAction, action.InstanceId, GroupName: action.GroupName, HookName: action.HookName, Result: result);

    public static DrainAction SetProtection(string groupName, IReadOnlyList<string> instanceIds, bool protect) =>
        new(DrainActionKind.SetScaleInProtection, groupName, GroupName: groupName, Names: instanceIds, Protect: protect);

    /// <summary>For Heartbeat and CompleteLifecycleAction actions.</summary>
    public LifecycleActionRef ToLifecycleAction() => new(GroupName!, HookName!, Target, Token: null);
}

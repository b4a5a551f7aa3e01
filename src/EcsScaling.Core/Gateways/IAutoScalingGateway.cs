using EcsScaling.Core.Model;

namespace EcsScaling.Core.Gateways;

/// <summary>EC2 Auto Scaling: groups, lifecycle hooks and actions, scale-in protection.</summary>
public interface IAutoScalingGateway
{
    Task<IReadOnlyList<AutoScalingGroup>> DescribeGroupsAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken);

    /// <summary>The instances that belong to a group (DescribeAutoScalingInstances, ≤ 50 ids per call); an instance of no group is absent.</summary>
    Task<IReadOnlyList<AutoScalingInstance>> DescribeInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooksAsync(string groupName, CancellationToken cancellationToken);

    /// <summary>An action that is no longer pending answers ValidationError; that is reported as AlreadyFinished, not thrown.</summary>
    Task<LifecycleCompletion> CompleteLifecycleActionAsync(LifecycleActionRef action, LifecycleResult result, CancellationToken cancellationToken);

    /// <summary>Returns AlreadyFinished when the action is no longer pending.</summary>
    Task<LifecycleCompletion> RecordLifecycleActionHeartbeatAsync(LifecycleActionRef action, CancellationToken cancellationToken);

    /// <summary>SetDesiredCapacity, cooldowns not honoured; a value outside MinSize..MaxSize answers ValidationError.</summary>
    Task SetDesiredCapacityAsync(string groupName, int desiredCapacity, CancellationToken cancellationToken);

    Task SetInstanceProtectionAsync(string groupName, IReadOnlyList<string> instanceIds, bool protectedFromScaleIn, CancellationToken cancellationToken);
}

using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>
/// A hand-written in-memory EC2 Auto Scaling: groups, hooks, instances and pending lifecycle
/// actions are set directly; completing or heartbeating an action that is not pending answers
/// AlreadyFinished, as the gateway maps AWS's ValidationError.
/// </summary>
public sealed class FakeAutoScaling : IAutoScalingGateway
{
    public Dictionary<string, AutoScalingGroup> Groups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AutoScalingInstance> Instances { get; } = new(StringComparer.Ordinal);

    public List<LifecycleHook> Hooks { get; } = [];

    /// <summary>(instance id, hook name) of every lifecycle action waiting for completion.</summary>
    public HashSet<(string InstanceId, string HookName)> PendingActions { get; } = [];

    public List<(LifecycleActionRef Action, LifecycleResult Result)> Completions { get; } = [];

    public List<LifecycleActionRef> Heartbeats { get; } = [];

    public CallLog Calls { get; } = new();

    public void AddGroup(string name) =>
        Groups[name] = new AutoScalingGroup(name, $"arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:uuid:autoScalingGroupName/{name}",
            0, 10, 0, [], false, new Dictionary<string, string>());

    public LifecycleHook AddHook(string groupName, string hookName, LifecycleTransition transition, TimeSpan? heartbeatTimeout = null)
    {
        var timeout = heartbeatTimeout ?? TimeSpan.FromHours(1);
        var hook = new LifecycleHook(groupName, hookName, transition, timeout, timeout * 100, LifecycleResult.Abandon, null);
        Hooks.Add(hook);
        return hook;
    }

    public AutoScalingInstance AddInstance(string instanceId, string groupName, string lifecycleState = LifecycleStates.InService, bool protectedFromScaleIn = false) =>
        Instances[instanceId] = new AutoScalingInstance(instanceId, groupName, lifecycleState, "us-east-1a", protectedFromScaleIn, "Healthy");

    /// <summary>ASG starts a transition: the instance waits on every hook of its group for that transition.</summary>
    public void StartLifecycleAction(string instanceId, LifecycleTransition transition)
    {
        var instance = Instances[instanceId];
        Instances[instanceId] = instance with { LifecycleState = transition == LifecycleTransition.Terminating ? LifecycleStates.TerminatingWait : LifecycleStates.PendingWait };
        foreach (var hook in Hooks.Where(h => h.GroupName == instance.GroupName && h.Transition == transition))
        {
            PendingActions.Add((instanceId, hook.HookName));
        }
    }

    public Task<IReadOnlyList<AutoScalingGroup>> DescribeGroupsAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<AutoScalingGroup>>("DescribeAutoScalingGroups", [.. groupNames.Where(Groups.ContainsKey)
            .Select(n => Groups[n] with { Instances = [.. Instances.Values.Where(i => i.GroupName == n)] })]);

    public Task<IReadOnlyList<AutoScalingInstance>> DescribeInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<AutoScalingInstance>>("DescribeAutoScalingInstances", [.. instanceIds.Distinct().Select(Instances.GetValueOrDefault).OfType<AutoScalingInstance>()]);

    public Task<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooksAsync(string groupName, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<LifecycleHook>>("DescribeLifecycleHooks", [.. Hooks.Where(h => h.GroupName == groupName)]);

    public Task<LifecycleCompletion> CompleteLifecycleActionAsync(LifecycleActionRef action, LifecycleResult result, CancellationToken cancellationToken)
    {
        Calls.Record("CompleteLifecycleAction");
        if (!PendingActions.Remove((action.InstanceId, action.HookName)))
        {
            return Task.FromResult(LifecycleCompletion.AlreadyFinished);
        }

        Completions.Add((action, result));
        if (!PendingActions.Any(p => p.InstanceId == action.InstanceId))
        {
            var instance = Instances[action.InstanceId];
            var proceed = LifecycleStates.IsTerminatingWait(instance.LifecycleState) ? LifecycleStates.TerminatingProceed : LifecycleStates.PendingProceed;
            Instances[action.InstanceId] = instance with { LifecycleState = proceed };
        }

        return Task.FromResult(LifecycleCompletion.Completed);
    }

    public Task<LifecycleCompletion> RecordLifecycleActionHeartbeatAsync(LifecycleActionRef action, CancellationToken cancellationToken)
    {
        Calls.Record("RecordLifecycleActionHeartbeat");
        if (!PendingActions.Contains((action.InstanceId, action.HookName)))
        {
            return Task.FromResult(LifecycleCompletion.AlreadyFinished);
        }

        Heartbeats.Add(action);
        return Task.FromResult(LifecycleCompletion.Completed);
    }

    /// <summary>Records the call and sets the group's desired capacity; no instance is launched (a test adds the ones it wants).</summary>
    public Task SetDesiredCapacityAsync(string groupName, int desiredCapacity, CancellationToken cancellationToken)
    {
        Calls.Record("SetDesiredCapacity");
        Groups[groupName] = Groups[groupName] with { DesiredCapacity = desiredCapacity };
        return Task.CompletedTask;
    }

    public Task SetInstanceProtectionAsync(string groupName, IReadOnlyList<string> instanceIds, bool protectedFromScaleIn, CancellationToken cancellationToken)
    {
        Calls.Record("SetInstanceProtection");
        foreach (var id in instanceIds)
        {
            Instances[id] = Instances[id] with { ProtectedFromScaleIn = protectedFromScaleIn };
        }

        return Task.CompletedTask;
    }

    private Task<T> Answer<T>(string operation, T value)
    {
        Calls.Record(operation);
        return Task.FromResult(value);
    }
}

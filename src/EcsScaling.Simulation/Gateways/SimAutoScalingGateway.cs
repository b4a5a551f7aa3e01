using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Gateways;

/// <summary>IAutoScalingGateway over the Auto Scaling model; a ValidationError for a finished lifecycle action becomes AlreadyFinished.</summary>
public sealed class SimAutoScalingGateway(AutoScalingModel autoScaling, SimulatedApi api) : IAutoScalingGateway
{
    private const string Service = "autoscaling";

    public async Task<IReadOnlyList<AutoScalingGroup>> DescribeGroupsAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken)
    {
        var result = new List<AutoScalingGroup>();

        // DescribeAutoScalingGroups takes up to 100 names per call.
        foreach (var batch in groupNames.Chunk(100))
        {
            result.AddRange(await api.CallAsync(Service, "DescribeAutoScalingGroups", () =>
                batch.Select(n => autoScaling.Groups.GetValueOrDefault(n)).OfType<SimGroup>().Select(g => g.ToModel()).ToList(), cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>One call per 50 ids, DescribeAutoScalingInstances' limit.</summary>
    public async Task<IReadOnlyList<AutoScalingInstance>> DescribeInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        var found = new List<AutoScalingInstance>(instanceIds.Count);
        foreach (var batch in instanceIds.Distinct(StringComparer.Ordinal).Chunk(50))
        {
            found.AddRange(await api.CallAsync(Service, "DescribeAutoScalingInstances", () =>
                batch.Select(id => autoScaling.Instances.GetValueOrDefault(id)).OfType<SimAsgInstance>().Select(i => i.ToModel()).ToList(), cancellationToken).ConfigureAwait(false));
        }

        return found;
    }

    public Task<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooksAsync(string groupName, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<LifecycleHook>>(Service, "DescribeLifecycleHooks", () =>
            [.. (autoScaling.Groups.GetValueOrDefault(groupName) ?? throw NoGroup("DescribeLifecycleHooks", groupName)).Hooks.Values], cancellationToken);

    public Task<LifecycleCompletion> CompleteLifecycleActionAsync(LifecycleActionRef action, LifecycleResult result, CancellationToken cancellationToken) =>
        Answer("CompleteLifecycleAction", () => autoScaling.CompleteLifecycleAction(action, result), cancellationToken);

    public Task<LifecycleCompletion> RecordLifecycleActionHeartbeatAsync(LifecycleActionRef action, CancellationToken cancellationToken) =>
        Answer("RecordLifecycleActionHeartbeat", () => autoScaling.RecordHeartbeat(action), cancellationToken);

    /// <summary>A value outside MinSize..MaxSize answers ValidationError, as SetDesiredCapacity does ("New SetDesiredCapacity value … is above max value …").</summary>
    public Task SetDesiredCapacityAsync(string groupName, int desiredCapacity, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "SetDesiredCapacity", () =>
        {
            var group = autoScaling.Groups.GetValueOrDefault(groupName) ?? throw NoGroup("SetDesiredCapacity", groupName);
            if (desiredCapacity < group.MinSize || desiredCapacity > group.MaxSize)
            {
                throw api.Error(Service, "SetDesiredCapacity", AwsErrorCodes.ValidationError,
                    $"New SetDesiredCapacity value {desiredCapacity} is {(desiredCapacity > group.MaxSize ? "above max" : "below min")} value {(desiredCapacity > group.MaxSize ? group.MaxSize : group.MinSize)} for the AutoScalingGroup.");
            }

            autoScaling.SetDesiredCapacity(groupName, desiredCapacity);
        }, cancellationToken);

    public Task SetInstanceProtectionAsync(string groupName, IReadOnlyList<string> instanceIds, bool protectedFromScaleIn, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "SetInstanceProtection", () =>
        {
            if (!autoScaling.Groups.ContainsKey(groupName))
            {
                throw NoGroup("SetInstanceProtection", groupName);
            }

            // SetInstanceProtection accepts at most 50 instance ids.
            if (instanceIds.Count > 50 || !autoScaling.SetInstanceProtection(groupName, instanceIds, protectedFromScaleIn))
            {
                throw api.Error(Service, "SetInstanceProtection", AwsErrorCodes.ValidationError, $"The instance(s) {string.Join(", ", instanceIds)} are not part of Auto Scaling group {groupName} (or more than 50 given).");
            }
        }, cancellationToken);

    private async Task<LifecycleCompletion> Answer(string operation, Func<bool> act, CancellationToken cancellationToken)
    {
        try
        {
            await api.CallAsync(Service, operation, () =>
            {
                if (!act())
                {
                    throw api.Error(Service, operation, AwsErrorCodes.ValidationError, "No active Lifecycle Action found with instance ID or token.");
                }
            }, cancellationToken).ConfigureAwait(false);
            return LifecycleCompletion.Completed;
        }
        catch (AwsCallException e) when (e.ErrorCode == AwsErrorCodes.ValidationError)
        {
            return LifecycleCompletion.AlreadyFinished;
        }
    }

    private AwsCallException NoGroup(string operation, string groupName) =>
        api.Error(Service, operation, AwsErrorCodes.ValidationError, $"AutoScalingGroup name not found - {groupName}");
}

using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.AutoScaling;

/// <summary>
/// CompleteLifecycleAction and RecordLifecycleActionHeartbeat
/// (https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CompleteLifecycleAction.html):
/// the action is named by its token or by the instance id; when no such action is pending (finished,
/// timed out, wrong token) AWS answers ValidationError, reported here as false.
/// </summary>
public sealed partial class AutoScalingModel
{
    public bool CompleteLifecycleAction(LifecycleActionRef action, LifecycleResult result)
    {
        if (FindPending(action) is not { } pending)
        {
            return false;
        }

        Activities.Add((clock.GetUtcNow(), $"lifecycle action {action.HookName} on {action.InstanceId} completed: {result}"));
        Finish(pending, result);
        return true;
    }

    /// <summary>Restarts the heartbeat timeout, never beyond the global timeout.</summary>
    public bool RecordHeartbeat(LifecycleActionRef action)
    {
        if (FindPending(action) is not { } pending)
        {
            return false;
        }

        var next = clock.GetUtcNow() + pending.Hook.HeartbeatTimeout;
        pending.HeartbeatDeadline = next < pending.GlobalDeadline ? next : pending.GlobalDeadline;
        ScheduleTimeout(pending);
        return true;
    }

    private SimLifecycleAction? FindPending(LifecycleActionRef action)
    {
        if (!Groups.ContainsKey(action.GroupName) || !Instances.TryGetValue(action.InstanceId, out var instance) || instance.GroupName != action.GroupName)
        {
            return null;
        }

        return instance.PendingActions.TryGetValue(action.HookName, out var pending) && (action.Token is null || action.Token == pending.Token)
            ? pending
            : null;
    }
}

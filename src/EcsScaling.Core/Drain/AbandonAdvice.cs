namespace EcsScaling.Core.Drain;

/// <summary>What a person does about an abandoned drain, as the sweeper's log line and ops status say it.</summary>
public static class AbandonAdvice
{
    /// <summary>
    /// A retained instance stays until TerminateInstanceInAutoScalingGroup; it no longer counts toward the desired
    /// capacity (the group has launched its replacement), so terminating it must not lower the desired capacity again
    /// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/manage-retained-instances.html).
    /// </summary>
    public static string ForRetained(string instanceId) =>
        $"inspect it and the tasks still on it, then terminate it: aws autoscaling terminate-instance-in-auto-scaling-group --instance-id {instanceId} --no-should-decrement-desired-capacity "
        + "(a retained instance no longer counts toward the desired capacity: its replacement is launched already)";

    /// <summary>The group's instance lifecycle policy is the user's to set: the stack does not own the group.</summary>
    public static string SetPolicy(string groupName) =>
        $"aws autoscaling update-auto-scaling-group --auto-scaling-group-name {groupName} --instance-lifecycle-policy 'RetentionTriggers={{TerminateHookAbandon=retain}}'";
}

namespace EcsScaling.Core.Model;

/// <summary>
/// Auto Scaling lifecycle states as DescribeAutoScalingInstances spells them
/// (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-lifecycle.html): the ones
/// we act on or the simulator moves an instance through. A state stays text in AutoScalingInstance,
/// as there are many more (warm pools, standby, root volume replacement) we only pass along.
/// </summary>
public static class LifecycleStates
{
    public const string Pending = "Pending";
    public const string PendingWait = "Pending:Wait";
    public const string PendingProceed = "Pending:Proceed";
    public const string InService = "InService";
    public const string Terminating = "Terminating";
    public const string TerminatingWait = "Terminating:Wait";
    public const string TerminatingProceed = "Terminating:Proceed";
    public const string Terminated = "Terminated";

    /// <summary>A terminate hook was abandoned and the group's instance lifecycle policy kept the instance (it waits for TerminateInstanceInAutoScalingGroup).</summary>
    public const string TerminatingRetained = "Terminating:Retained";

    /// <summary>Held by a terminate hook: one of ours may be holding it.</summary>
    public static bool IsTerminatingWait(string state) => state is TerminatingWait or "Warmed:Terminating:Wait";

    /// <summary>Kept by its group's instance lifecycle policy after an abandoned terminate hook (a warm pool's too).</summary>
    public static bool IsRetained(string state) => state is TerminatingRetained or "Warmed:Terminating:Retained";

    /// <summary>Held by a launch hook.</summary>
    public static bool IsPendingWait(string state) => state is PendingWait or "Warmed:Pending:Wait";
}

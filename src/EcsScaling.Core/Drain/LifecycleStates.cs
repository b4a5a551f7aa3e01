namespace EcsScaling.Core.Drain;

/// <summary>Auto Scaling lifecycle states (as DescribeAutoScalingInstances spells them) in which one of our hooks may hold an instance.</summary>
public static class LifecycleStates
{
    public const string TerminatingWait = "Terminating:Wait";
    public const string PendingWait = "Pending:Wait";
    public const string InService = "InService";

    public static bool IsTerminatingWait(string state) => state is TerminatingWait or "Warmed:Terminating:Wait";

    public static bool IsPendingWait(string state) => state is PendingWait or "Warmed:Pending:Wait";
}

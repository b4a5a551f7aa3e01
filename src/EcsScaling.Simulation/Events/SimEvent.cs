namespace EcsScaling.Simulation.Events;

/// <summary>One EventBridge event as a rule target receives it: the routing keys plus the exact JSON.</summary>
public sealed record SimEvent(string Id, string Source, string DetailType, DateTimeOffset Time, string Json)
{
    public const string TaskStateChange = "ECS Task State Change";
    public const string ContainerInstanceStateChange = "ECS Container Instance State Change";
    public const string TerminateLifecycleAction = "EC2 Instance-terminate Lifecycle Action";
    public const string LaunchLifecycleAction = "EC2 Instance-launch Lifecycle Action";
    public const string AlarmStateChange = "CloudWatch Alarm State Change";
    public const string SpotInterruptionWarning = "EC2 Spot Instance Interruption Warning";
    public const string RebalanceRecommendation = "EC2 Instance Rebalance Recommendation";
}

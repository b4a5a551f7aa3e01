using EcsScaling.Core.Gateways;
using static EcsScaling.Functions.Iam.GatewayMethods;

namespace EcsScaling.Functions.Drain;

/// <summary>The drain function's IAM declaration: the gateway methods it may call (template.yaml grants their actions, tests compare).</summary>
public static class DrainPermissions
{
    public static IReadOnlyList<string> Methods { get; } =
    [
        Ecs(nameof(IEcsGateway.DescribeClustersAsync)),
        Ecs(nameof(IEcsGateway.DescribeCapacityProvidersAsync)),
        Ecs(nameof(IEcsGateway.FindContainerInstanceAsync)),
        Ecs(nameof(IEcsGateway.FindContainerInstanceArnAsync)),
        Ecs(nameof(IEcsGateway.FindContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.ListContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.DescribeContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.UpdateContainerInstancesStateAsync)),
        Ecs(nameof(IEcsGateway.ListTaskArnsAsync)),
        Ecs(nameof(IEcsGateway.DescribeTasksAsync)),
        Ecs(nameof(IEcsGateway.StopTaskAsync)),
        Ecs(nameof(IEcsGateway.DescribeServicesAsync)),
        Ecs(nameof(IEcsGateway.PutAttributesAsync)),
        Ecs(nameof(IEcsGateway.DeleteAttributesAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeGroupsAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeInstancesAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeLifecycleHooksAsync)),
        Asg(nameof(IAutoScalingGateway.CompleteLifecycleActionAsync)),
        Asg(nameof(IAutoScalingGateway.RecordLifecycleActionHeartbeatAsync)),
        Asg(nameof(IAutoScalingGateway.SetInstanceProtectionAsync)),
        Elb(nameof(ILoadBalancingGateway.DescribeTargetHealthAsync)),
    ];

    /// <summary>
    /// Actions the role needs for an event source rather than for its own calls: Lambda polls
    /// an SQS event source with the function's role (sqs:ReceiveMessage, sqs:DeleteMessage and
    /// sqs:GetQueueAttributes; Lambda developer guide, "Using Lambda with Amazon SQS"). template.yaml
    /// grants them in queue mode, on the drain queue only.
    /// </summary>
    public static IReadOnlyList<string> EventSourceActions { get; } = ["sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"];
}

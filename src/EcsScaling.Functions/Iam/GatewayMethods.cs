using EcsScaling.Aws;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Functions.Iam;

/// <summary>Gateway methods keyed as <see cref="IamActionCatalog"/> knows them, for the IAM declaration in each function's folder.</summary>
public static class GatewayMethods
{
    /// <summary>What one read of a cluster calls (Core's ClusterReader): cluster-metrics, rebalance and the ops status command read clusters.</summary>
    public static IReadOnlyList<string> ClusterRead { get; } =
    [
        Ecs(nameof(IEcsGateway.ListContainerInstancesAsync)),
        Ecs(nameof(IEcsGateway.ListServiceArnsAsync)),
        Ecs(nameof(IEcsGateway.DescribeServicesAsync)),
        Ecs(nameof(IEcsGateway.ListTaskArnsAsync)),
        Ecs(nameof(IEcsGateway.DescribeTasksAsync)),
    ];

    public static string Ecs(string method) => IamActionCatalog.Key<IEcsGateway>(method);

    public static string Asg(string method) => IamActionCatalog.Key<IAutoScalingGateway>(method);

    public static string Elb(string method) => IamActionCatalog.Key<ILoadBalancingGateway>(method);

    public static string Sp(string method) => IamActionCatalog.Key<IScalingPolicyGateway>(method);

    public static string Cw(string method) => IamActionCatalog.Key<ICloudWatchGateway>(method);
}

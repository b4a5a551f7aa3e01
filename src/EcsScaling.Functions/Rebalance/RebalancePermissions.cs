using EcsScaling.Core.Gateways;
using static EcsScaling.Functions.Iam.GatewayMethods;

namespace EcsScaling.Functions.Rebalance;

/// <summary>The rebalance function's IAM declaration: a cluster read, then waves kept in cluster tags and carried out by StopTask.</summary>
public static class RebalancePermissions
{
    public static IReadOnlyList<string> Methods { get; } =
    [
        .. ClusterRead,
        Ecs(nameof(IEcsGateway.DescribeClustersAsync)),
        Ecs(nameof(IEcsGateway.GetProtectedTaskArnsAsync)),
        Ecs(nameof(IEcsGateway.UpdateContainerInstancesStateAsync)),
        Ecs(nameof(IEcsGateway.StopTaskAsync)),
        Ecs(nameof(IEcsGateway.TagResourceAsync)),
    ];
}

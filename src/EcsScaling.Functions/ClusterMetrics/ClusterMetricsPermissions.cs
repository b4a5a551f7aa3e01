using EcsScaling.Core.Gateways;
using EcsScaling.Functions.Iam;
using static EcsScaling.Functions.Iam.GatewayMethods;

namespace EcsScaling.Functions.ClusterMetrics;

/// <summary>
/// The cluster-metrics function's IAM declaration: it reads clusters (metrics leave as EMF log lines, not
/// PutMetricData), reads which capacity providers drive its groups, and reads and raises the scale-out groups (template.yaml scopes SetDesiredCapacity to the stack's groups).
/// </summary>
public static class ClusterMetricsPermissions
{
    public static IReadOnlyList<string> Methods { get; } =
    [
        .. GatewayMethods.ClusterRead,
        Ecs(nameof(IEcsGateway.DescribeClustersAsync)),
        Ecs(nameof(IEcsGateway.DescribeCapacityProvidersAsync)),
        Asg(nameof(IAutoScalingGateway.DescribeGroupsAsync)),
        Asg(nameof(IAutoScalingGateway.SetDesiredCapacityAsync)),
    ];
}

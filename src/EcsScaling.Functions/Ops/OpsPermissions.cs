using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Iam;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;

namespace EcsScaling.Functions.Ops;

/// <summary>The ops function's IAM declaration: its commands run the other functions' code, so it may call what they call; of cluster-metrics only the cluster read (status), never its scale-out.</summary>
public static class OpsPermissions
{
    public static IReadOnlyList<string> Methods { get; } =
        [.. DrainPermissions.Methods.Concat(RebalancePermissions.Methods).Concat(PoliciesPermissions.Methods).Concat(GatewayMethods.ClusterRead).Distinct(StringComparer.Ordinal)];
}

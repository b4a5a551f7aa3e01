using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Clusters;

/// <summary>
/// The capacity providers associated with some clusters: DescribeClusters names them, DescribeCapacityProviders says
/// which groups they drive (a provider acts only through a cluster it is associated with). No provider, one call.
/// </summary>
public static class CapacityProviderReader
{
    public static async Task<IReadOnlyList<CapacityProvider>> ReadAsync(IEcsGateway ecs, IReadOnlyList<string> clusters, CancellationToken cancellationToken)
    {
        var names = (await ecs.DescribeClustersAsync(clusters, cancellationToken).ConfigureAwait(false))
            .SelectMany(c => c.CapacityProviders).Distinct(StringComparer.Ordinal).ToArray();
        return names.Length == 0 ? [] : GroupOwnership.Acting(await ecs.DescribeCapacityProvidersAsync(names, cancellationToken).ConfigureAwait(false));
    }
}

using EcsScaling.Core.Clusters;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Status;

/// <summary>
/// An ECS capacity provider driving one of our groups. Its managed draining hook sits beside ours (each owner completes
/// its own); Conflict says what we refuse to do because its managed termination protection owns it.
/// </summary>
public sealed record GroupCapacityProvider(string Group, CapacityProvider Provider, string? Conflict)
{
    /// <summary>For every group the drain settings name, the providers of our clusters that drive it; null without groups (no call then).</summary>
    public static async Task<IReadOnlyList<GroupCapacityProvider>?> ReadAsync(IEcsGateway ecs, DrainOptions options, IReadOnlyList<string> clusters, CancellationToken cancellationToken)
    {
        var groups = options.AutoScalingGroups.Union(options.ProtectedGroups, StringComparer.Ordinal).ToArray();
        if (groups.Length == 0)
        {
            return null;
        }

        var providers = await CapacityProviderReader.ReadAsync(ecs, clusters, cancellationToken);
        return
        [
            .. from g in groups
               from p in providers
               where p.Drives(g)
               select new GroupCapacityProvider(g, p, options.ProtectsGroup(g) && GroupOwnership.OwnsProtection(p, g)
                   ? GroupOwnership.Refusal(GroupOwnership.Protection, g, p, DrainVariables.ProtectedGroups)
                   : null),
        ];
    }
}

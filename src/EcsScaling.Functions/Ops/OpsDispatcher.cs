using EcsScaling.Core.Clusters;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Ops;

/// <summary>
/// Routes an ops command to the same Core coordinators the event-driven functions use, so a
/// manual drain or rebalance follows exactly the rules an automatic one does. Each capability is
/// built on first use: a status call needs no policy document, a drain no rebalance settings.
/// </summary>
public sealed class OpsDispatcher(
    StatusReader status,
    Func<DrainCoordinator> drain,
    Func<RebalanceCoordinator> rebalance,
    Func<PolicyCoordinator> policies,
    IReadOnlyList<string> managedClusters)
{
    public async Task<OpsResponse> RunAsync(OpsCommand command, CancellationToken cancellationToken) => command switch
    {
        StatusCommand c => new OpsResponse(command.Name, true, Status: await status.ReadAsync(c, cancellationToken)),
        DrainCommand c => new OpsResponse(command.Name, c.DryRun, Drain: await drain().DrainAsync(c.InstanceId, c.DryRun, cancellationToken)),
        UndrainCommand c => new OpsResponse(command.Name, c.DryRun, Drain: await drain().UndrainAsync(c.InstanceId, c.DryRun, cancellationToken)),
        CompleteHookCommand c => new OpsResponse(command.Name, c.DryRun, Drain: await drain().ForceCompleteAsync(c.InstanceId, c.Result, c.Reason, c.DryRun, cancellationToken)),
        RebalanceCommand c => new OpsResponse(command.Name, c.DryRun, Rebalance: await rebalance().ExecuteAsync(Managed(c.Cluster), c.DryRun, cancellationToken, c.IgnoreCooldown)),
        PoliciesCommand { Action: PoliciesAction.Diff } c => new OpsResponse(command.Name, true, Policies: await policies().DiffAsync(c.Profile, cancellationToken)),
        PoliciesCommand c => new OpsResponse(command.Name, c.DryRun, Policies: await policies().ApplyAsync(c.Profile, c.DryRun, cancellationToken)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.Name, "unknown ops command"),
    };

    /// <summary>A manual rebalance moves tasks: only on a cluster this deployment manages, never on a neighbour named by mistake.</summary>
    private string Managed(string cluster) =>
        new ManagedClusters(managedClusters).Contains(cluster)
            ? cluster
            : throw new ArgumentException($"cluster: \"{cluster}\" is not one of {ManagedClusters.Variable} ({string.Join(", ", managedClusters)}); a manual rebalance only runs on managed clusters");
}

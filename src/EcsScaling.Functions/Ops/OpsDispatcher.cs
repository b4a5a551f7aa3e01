using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Functions.Ops;

/// <summary>
/// Runs an ops command through the same Core coordinators the event-driven functions use, so a
/// manual drain or rebalance follows exactly the rules an automatic one does. Each capability is
/// built on first use: a status call needs no policy document, a drain no rebalance settings.
/// </summary>
public sealed class OpsDispatcher(
    Func<GatewaySet> gateways,
    TimeProvider time,
    Func<DrainCoordinator> drain,
    Func<RebalanceCoordinator> rebalance,
    Func<PolicyCoordinator> policies,
    IReadOnlyList<string> defaultClusters)
{
    public async Task<OpsResponse> RunAsync(OpsCommand command, CancellationToken ct) => command switch
    {
        StatusCommand status => new OpsResponse(command.Name, true, Status: await StatusAsync(status, ct)),
        DrainCommand c => new OpsResponse(command.Name, c.DryRun, Drain: await drain().DrainAsync(c.InstanceId, c.DryRun, ct)),
        UndrainCommand c => new OpsResponse(command.Name, c.DryRun, Drain: await drain().UndrainAsync(c.InstanceId, c.DryRun, ct)),
        CompleteHookCommand c => new OpsResponse(command.Name, c.DryRun, Drain: await drain().ForceCompleteAsync(c.InstanceId, c.Result, c.Reason, c.DryRun, ct)),
        RebalanceCommand c => new OpsResponse(command.Name, c.DryRun, Rebalance: await rebalance().ExecuteAsync(Managed(c.Cluster), c.DryRun, ct, c.IgnoreCooldown)),
        PoliciesCommand { Action: PoliciesAction.Diff } c => new OpsResponse(command.Name, true, Policies: await policies().DiffAsync(c.Profile, ct)),
        PoliciesCommand c => new OpsResponse(command.Name, c.DryRun, Policies: await policies().ApplyAsync(c.Profile, c.DryRun, ct)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.Name, "unknown ops command"),
    };

    /// <summary>A manual rebalance moves tasks: only on a cluster this deployment manages, never on a neighbour named by mistake.</summary>
    private string Managed(string cluster) =>
        new ManagedClusters(defaultClusters).Contains(cluster)
            ? cluster
            : throw new ArgumentException($"cluster: \"{cluster}\" is not one of {ManagedClusters.Variable} ({string.Join(", ", defaultClusters)}); a manual rebalance only runs on managed clusters");

    private async Task<StatusReport> StatusAsync(StatusCommand command, CancellationToken ct)
    {
        IReadOnlyList<string> clusters = command.Cluster is { } one ? [one] : defaultClusters;
        if (clusters.Count == 0)
        {
            throw new ArgumentException("status needs a cluster: pass \"cluster\" or set " + ManagedClusters.Variable);
        }

        var reader = new ClusterReader(gateways().Ecs, time);
        var statuses = new List<ClusterStatus>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var snapshot = await reader.ReadAsync(cluster, includeTasks: true, ct);
            var draining = snapshot.Instances
                .Where(i => i.Status == ContainerInstanceStatus.Draining)
                .Select(i => new DrainProgress(
                    i.Ec2InstanceId,
                    i.Arn,
                    snapshot.Tasks.Count(t => t.ContainerInstanceArn == i.Arn && !t.IsStopped),
                    DrainAttributes.StartedAt(i),
                    i.Attributes.GetValueOrDefault(DrainAttributes.DrainReason)))
                .ToList();
            statuses.Add(new ClusterStatus(ClusterMeasurer.Measure(snapshot), draining));
        }

        return new StatusReport(statuses, await ActiveProfileOrNullAsync(ct), HookScopeOrNull());
    }

    /// <summary>Null when the drain settings themselves are invalid: status must still answer.</summary>
    private LifecycleHookScope? HookScopeOrNull()
    {
        try
        {
            var options = drain().Options;
            return new LifecycleHookScope(options.AutoScalingGroups, options.TerminateHookNames, options.LaunchHookNames);
        }
        catch (Core.Configuration.ConfigurationException)
        {
            return null;
        }
    }

    /// <summary>The profile is part of status only where policies are configured; status must work without them.</summary>
    private async Task<Core.Policies.Profiles.ActiveProfile?> ActiveProfileOrNullAsync(CancellationToken ct)
    {
        PolicyCoordinator coordinator;
        try
        {
            coordinator = policies();
        }
        catch (Exception e) when (e is IOException or Core.Policies.Document.PolicyValidationException or Core.Configuration.ConfigurationException)
        {
            return null;
        }

        return await coordinator.ActiveProfileAsync(ct);
    }
}

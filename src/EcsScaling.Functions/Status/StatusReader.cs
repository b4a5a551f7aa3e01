using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Functions.Status;

/// <summary>
/// The status command's answer: each cluster measured, with its drains in progress, the active
/// policy profile, the lifecycle hooks this deployment completes and the capacity providers that drive its groups. The profile and the hooks are
/// left out where their settings are missing or invalid: status must answer anyway.
/// </summary>
public sealed class StatusReader(
    Func<GatewaySet> gateways,
    TimeProvider time,
    Func<DrainCoordinator> drain,
    Func<PolicyCoordinator> policies,
    IReadOnlyList<string> managedClusters)
{
    public async Task<StatusReport> ReadAsync(StatusCommand command, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> clusters = command.Cluster is { } one ? [one] : managedClusters;
        if (clusters.Count == 0)
        {
            throw new ArgumentException("status needs a cluster: pass \"cluster\" or set " + ManagedClusters.Variable);
        }

        var reader = new ClusterReader(gateways().Ecs, time);
        var options = DrainOptionsOrNull();
        var budgets = options?.DisruptionBudgets is { IsEmpty: false } configured ? configured : null;
        var statuses = new List<ClusterStatus>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var snapshot = await reader.ReadAsync(cluster, includeTasks: true, cancellationToken);
            var draining = snapshot.Instances
                .Where(i => i.Status == ContainerInstanceStatus.Draining)
                .Select(i => new DrainProgress(
                    i.Ec2InstanceId,
                    i.Arn,
                    snapshot.Tasks.Count(t => t.ContainerInstanceArn == i.Arn && !t.IsStopped),
                    DrainAttributes.StartedAt(i),
                    i.Attributes.GetValueOrDefault(DrainAttributes.DrainReason)))
                .ToList();
            draining = await AbandonedDrains.AddAsync(gateways().AutoScaling, draining, snapshot.Instances, cancellationToken);
            statuses.Add(new ClusterStatus(ClusterMeasurer.Measure(snapshot), draining, budgets?.For(cluster) is { IsEmpty: false } own ? BudgetStatus.Of(own, snapshot.Instances, time.GetUtcNow()) : null));
        }

        var hooks = options is null ? null : new LifecycleHookScope(options.AutoScalingGroups, options.TerminateHookNames, options.LaunchHookNames);
        return new StatusReport(statuses, await ActiveProfileOrNullAsync(cancellationToken), hooks)
        {
            CapacityProviders = options is null ? null : await GroupCapacityProvider.ReadAsync(gateways().Ecs, options, clusters, cancellationToken),
        };
    }

    /// <summary>The drain settings (the template gives every function the same budgets and groups); null when they are invalid: status must still answer.</summary>
    private DrainOptions? DrainOptionsOrNull()
    {
        try
        {
            return drain().Options;
        }
        catch (ConfigurationException)
        {
            return null;
        }
    }

    /// <summary>The profile is part of status only where policies are configured; status must work without them.</summary>
    private async Task<ActiveProfile?> ActiveProfileOrNullAsync(CancellationToken cancellationToken)
    {
        PolicyCoordinator coordinator;
        try
        {
            coordinator = policies();
        }
        catch (Exception e) when (e is IOException or PolicyValidationException or ConfigurationException)
        {
            return null;
        }

        return await coordinator.ActiveProfileAsync(cancellationToken);
    }
}
